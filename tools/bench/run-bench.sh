#!/usr/bin/env bash
# SOSU Hub performance benchmark (issue 10). Builds nothing: it takes the distribution that the last
# `mvn install` left in karaf-assembly/target, unpacks it into runtime-bench/ (next to this repository's root),
# boots it in demo mode on loopback ports, measures start-up, load-tests it over HTTP with wrk as
# `frederikssund` (HTTP Basic), reads the JVM's resident memory, runs the knowledge relevance benchmark and
# prints every figure next to its target and the value of the previous round of issue 10 (docs/performance.md).
#
#   tools/bench/run-bench.sh [--port 8510] [--starts 3] [--seconds 10] [--warm-search 40] [--no-relevance] [--big] [--kpi] [--profile] [--keep]
#
#   --port N        HTTP port; N+1 is Karaf's SSH port (defaults 8510, 8511). Loopback only.
#   --starts N      how many first starts (each from a fresh data folder) and restarts to time (default 3); the
#                   targets are checked on the median, every run is printed (start-up varies most from run to run)
#   --seconds S     length of each wrk run (default 10; warm-up runs are as long)
#   --warm-search S least length of the search's warm-up (default 40); it goes on in 10 s steps until the JIT is done
#                   with the search's code (a step adds < 0.5 s of compile time; jstat), at most 300 s
#   --no-relevance  skip the relevance benchmark (mvn -Pbench in bundles/dk.sosuhub.knowledge)
#   --big           also run the 100,000-guide part of that benchmark (latency at 100,000 guides; minutes)
#   --kpi           also run the national KPI benchmark (mvn -Pbench in karaf-assembly, ~10 minutes; its Pax Exam
#                   ports are --port + 10); without it the figure of its last run is shown
#   --profile       record a JFR profile of the search load into runtime-bench/search.jfr and print its
#                   hottest frames
#   --keep          leave the platform running at the end (stop it with runtime-bench/sosuhub/bin/stop)
#
# Needs: Java 17 (jstat for the warm-up, jcmd for --profile), curl, wrk and the word list wdanish (both installed with apt-get when missing), Maven for the relevance part.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)

PORT=8510
STARTS=3
SECONDS_PER_RUN=10
WARM_SEARCH=40
RELEVANCE=1
BIG=0
KPI=0
PROFILE=0
KEEP=0
while [ $# -gt 0 ]; do
  case "$1" in
    --port) PORT=$2; shift 2 ;;
    --starts) STARTS=$2; shift 2 ;;
    --seconds) SECONDS_PER_RUN=$2; shift 2 ;;
    --warm-search) WARM_SEARCH=$2; shift 2 ;;
    --no-relevance) RELEVANCE=0; shift ;;
    --big) BIG=1; shift ;;
    --kpi) KPI=1; shift ;;
    --profile) PROFILE=1; shift ;;
    --keep) KEEP=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
SSH_PORT=$((PORT + 1))
BASE="http://127.0.0.1:$PORT"
AUTH="Authorization: Basic $(printf '%s' 'frederikssund:frederikssund' | base64)"
ME="$BASE/api/v1/me"
OUT="$ROOT/runtime-bench"
RT="$OUT/sosuhub"
D="${SECONDS_PER_RUN}s"

# wrk drives the load; wdanish is the Danish word list the search decompounds with (GPL, so not shipped: a machine
# without it measures the search's fallback, Hunspell's base forms, whose relevance is lower: nDCG@10 0.8735 against
# 0.8799 on the judged set)
tools/apt-install-missing wrk=/usr/bin/wrk wdanish=/usr/share/dict/danish

dist=$(ls -t karaf-assembly/target/karaf-assembly-*.tar.gz 2>/dev/null | head -n 1 || true)
[ -n "$dist" ] || { echo "no distribution: run mvn -B install -DskipTests first" >&2; exit 1; }
if curl -s -o /dev/null "http://127.0.0.1:$PORT/" 2>/dev/null; then
  echo "port $PORT is in use" >&2; exit 1
fi

# ---------------------------------------------------------------- unpack and move to our ports
rm -rf "$RT"; mkdir -p "$RT" "$OUT/wrk"
tar xzf "$dist" -C "$RT" --strip-components=1
sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $PORT/" "$RT/etc/org.ops4j.pax.web.cfg"
sed -i "s/^sshPort *=.*/sshPort = $SSH_PORT/; s/^sshHost *=.*/sshHost = 127.0.0.1/" "$RT/etc/org.apache.karaf.shell.cfg"
# Jetty on loopback only
grep -q '^org.ops4j.pax.web.listening.addresses' "$RT/etc/org.ops4j.pax.web.cfg" \
  || echo "org.ops4j.pax.web.listening.addresses = 127.0.0.1" >> "$RT/etc/org.ops4j.pax.web.cfg"
if [ -f "$RT/etc/org.apache.karaf.management.cfg" ]; then
  sed -i "s/^rmiRegistryPort *=.*/rmiRegistryPort = $((PORT + 2))/; s/^rmiServerPort *=.*/rmiServerPort = $((PORT + 3))/" \
    "$RT/etc/org.apache.karaf.management.cfg"
fi

KARAF_PID=
java_pid() {  # the JVM of our runtime (bin/karaf execs java, but be safe)
  pgrep -f -- "-Dkaraf.home=$RT " | head -n 1 || true
}
# The timed starts must not share the two cores with their own stopwatch. Waiting with `sleep` and `grep` in a loop
# forks and execs twice every 50 ms: ~3 s of CPU per start here, on the machine that is starting the platform. So the
# waits below use bash builtins (`nap` is `read -t` on a FIFO nobody writes) and one `tail -F` on the log.
NAP_FIFO=$(mktemp -u); mkfifo "$NAP_FIFO"; exec {NAP}<>"$NAP_FIFO"; rm -f "$NAP_FIFO"
nap() { read -r -t "$1" -u "$NAP" _ || true; }
# Waits until the log, from byte $2 on, announces the demo users (the platform logs "DEMO MODE is on" after making
# them); fails when the platform dies first or at the deadline $3 (in $SECONDS)
await_announcement() {
  local log=$1 from=$2 deadline=$3
  until [ -e "$log" ]; do  # a fresh start's log appears ~1 s after the launch
    { [ $SECONDS -le "$deadline" ] && kill -0 "$KARAF_PID" 2>/dev/null; } || return 1
    nap 0.05
  done
  # tail in a process substitution: grep returns at the line, without waiting for tail's next write; tail ends when
  # the platform's launcher does (--pid) or at the deadline, and grep then fails
  local left=$((deadline - SECONDS))
  grep -q -m1 "DEMO MODE is on" < <(timeout $((left > 0 ? left : 1)) tail --pid="$KARAF_PID" -c +$((from + 1)) -F "$log" 2>/dev/null)
}
start_karaf() {
  local t0 t1 log="$RT/data/log/karaf.log" logged
  # Sign in only once the demo users exist: a sign-in before that fails, and every failed sign-in costs a full PBKDF2
  # check (equal cost for unknown users), so polling with credentials would make the platform spend a core on our own
  # polling while it boots
  logged=$(stat -c %s "$log" 2>/dev/null || echo 0)
  t0=$(date +%s%N)
  ( exec {NAP}<&-; export EXTRA_JAVA_OPTS="${EXTRA_JAVA_OPTS:-} -Dsosuhub.demo=true"; exec "$RT/bin/karaf" server >"$OUT/karaf-console.log" 2>&1 ) &
  KARAF_PID=$!
  local deadline=$((SECONDS + 180))
  if ! await_announcement "$log" "$logged" "$deadline"; then
    echo "the platform did not announce its demo users (see $OUT/karaf-console.log, $RT/data/log)" >&2; exit 1
  fi
  until [ "$(curl -s -o /dev/null -w '%{http_code}' -H "$AUTH" "$ME" 2>/dev/null)" = "200" ]; do
    if [ $SECONDS -gt $deadline ] || ! kill -0 "$KARAF_PID" 2>/dev/null; then
      echo "the platform did not answer 200 on $ME (see $OUT/karaf-console.log, $RT/data/log)" >&2; exit 1
    fi
    nap 0.05
  done
  t1=$(date +%s%N)
  # the JVM's CPU time up to the first answer (user + system): what the start cost, whatever the neighbours did
  local jp cpu
  jp=$(java_pid)
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$jp/stat" 2>/dev/null || echo n/a)
  echo "$(echo "scale=2; ($t1 - $t0) / 1000000000" | bc) $cpu"
}
stop_karaf() {
  local pid
  pid=$(java_pid)
  "$RT/bin/stop" >/dev/null 2>&1 || true
  for _ in $(seq 1 300); do
    { [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; } || break
    sleep 0.1
  done
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; fi
  wait "$KARAF_PID" 2>/dev/null || true
}
# CPU time the platform's JVM has used so far, in ms (user + system, /proc/<pid>/stat)
CLK_TCK=$(getconf CLK_TCK)
jvm_cpu_ms() { awk -v hz="$CLK_TCK" '{ printf "%.0f", ($14 + $15) * 1000 / hz }' "/proc/$JPID/stat"; }
cleanup() { if [ "$KEEP" = 0 ]; then stop_karaf; fi; }
trap cleanup EXIT

# The first start goes on after its first answer (boot features, the modules' schemas, demo data, the search index):
# a restart is of a platform that had finished starting, so wait until its JVM is idle (less than 0.2 s of CPU in
# each of 3 consecutive seconds after Karaf's "Done."; at most 120 s).
wait_idle() {
  local idle=0 c0 c1
  JPID=$(java_pid)
  for _ in $(seq 1 120); do
    c0=$(jvm_cpu_ms); sleep 1; c1=$(jvm_cpu_ms)
    if grep -q 'FeaturesServiceImpl .*| Done\.' "$RT/data/log/karaf.log" 2>/dev/null && [ $((c1 - c0)) -lt 200 ]; then
      idle=$((idle + 1)); [ $idle -ge 3 ] && break
    else
      idle=0
    fi
  done
}
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "== start-up ($STARTS × a first start from a fresh data folder, then a restart), from bin/karaf to the first 200 of /api/v1/me"
FIRSTS=""; FIRST_CPUS=""; RESTARTS=""; RESTART_CPUS=""; FIRST_LOADS=""; RESTART_LOADS=""
for run in $(seq 1 "$STARTS"); do
  if [ "$run" -gt 1 ]; then wait_idle; stop_karaf; rm -rf "$RT/data"; fi
  STARTED=$(start_karaf); read -r FIRST_START FIRST_CPU <<<"$STARTED"
  FIRST_LOAD=$(cut -d' ' -f1 /proc/loadavg); echo "first start $run: $FIRST_START s, $FIRST_CPU s JVM CPU (load $FIRST_LOAD)"
  wait_idle
  stop_karaf
  STARTED=$(start_karaf); read -r RESTART RESTART_CPU <<<"$STARTED"
  RESTART_LOAD=$(cut -d' ' -f1 /proc/loadavg); echo "restart $run:     $RESTART s, $RESTART_CPU s JVM CPU (load $RESTART_LOAD)"
  FIRSTS="$FIRSTS $FIRST_START"; FIRST_CPUS="$FIRST_CPUS $FIRST_CPU"; FIRST_LOADS="$FIRST_LOADS $FIRST_LOAD"
  RESTARTS="$RESTARTS $RESTART"; RESTART_CPUS="$RESTART_CPUS $RESTART_CPU"; RESTART_LOADS="$RESTART_LOADS $RESTART_LOAD"
done
FIRST_START=$(echo "$FIRSTS" | median); RESTART=$(echo "$RESTARTS" | median)
JPID=$(java_pid)

# ---------------------------------------------------------------- wrk helpers
# wrk's latency units (us, ms, s) to milliseconds
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }
# run NAME CONNECTIONS URL [lua script]; leaves RPS, P50, P99 (ms), ERRS and CPU (JVM CPU ms per request)
run_wrk() {
  local name=$1 c=$2 url=$3 lua=${4:-} threads cpu0 cpu1 n
  threads=$(( c < 2 ? 1 : 2 ))
  local args=(-t"$threads" -c"$c" -d"$D" --latency -H "$AUTH" --timeout 10s)
  [ -n "$lua" ] && args+=(-s "$lua")
  cpu0=$(jvm_cpu_ms)
  wrk "${args[@]}" "$url" >"$OUT/wrk/$name.txt" 2>&1
  cpu1=$(jvm_cpu_ms)
  parse_wrk "$name"
  n=$(awk '/requests in/ { print $1 }' "$OUT/wrk/$name.txt")
  CPU=$(awk -v a="$cpu0" -v b="$cpu1" -v n="$n" 'BEGIN { if (n + 0 == 0) print "n/a"; else printf "%.3f", (b - a) / n }')
  LOAD=$(cut -d' ' -f1 /proc/loadavg)   # the 1-minute load average at the end of the run
}
parse_wrk() {
  local f="$OUT/wrk/$1.txt"
  RPS=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$f")
  P50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$f")")
  P99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$f")")
  ERRS=$(awk '/Non-2xx|Socket errors/ { print }' "$f" | tr '\n' ' ')
  [ -z "$ERRS" ] || echo "  $1: $ERRS" >&2
}

# the 51 rotating Danish queries: the first 51 distinct queries of the judged set
QUERIES_LUA="$OUT/wrk/queries.lua"
{
  echo 'local paths = {'
  awk -F'\t' 'NR > 1 && $1 !~ /^#/ && !seen[$1]++ { print $1 }' content/eval/judged-queries.tsv | head -n 51 \
    | while IFS= read -r q; do
        printf '  "/api/v1/municipalities/250/search?q=%s",\n' "$(printf '%s' "$q" | jq -sRr @uri 2>/dev/null || python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]))' "$q")"
      done
  echo '}'
  cat <<'LUA'
-- the requests are formatted once, in init(), as wrk's SCRIPTING guide advises for fast servers: formatting one
-- per request in Lua took CPU from the same cores as the server
local requests = {}
local i = 0
init = function(args)
  for k, path in ipairs(paths) do requests[k] = wrk.format("GET", path) end
end
request = function()
  i = i + 1
  return requests[(i % #requests) + 1]
end
LUA
} >"$QUERIES_LUA"
NQ=$(grep -c '/search?q=' "$QUERIES_LUA")

SEARCH1="$BASE/api/v1/municipalities/250/search?q=elev"
ME_BYTES=$(curl -s -H "$AUTH" "$ME" | wc -c)
STATIC="$BASE/assets/bench.json"   # a static file of about /me's size (shipped for this comparison)
[ "$(curl -s -o /dev/null -w '%{http_code}' "$STATIC")" = 200 ] || STATIC="$BASE/assets/sosuhub.css"
STATIC_BYTES=$(curl -s "$STATIC" | wc -c)
OPENAPI="$BASE/api/v1/openapi.json"

# Seconds the JIT has spent compiling so far (jstat -compiler: its "Time" column), n/a without jstat
jit_seconds() { jstat -compiler "$JPID" 2>/dev/null | awk 'NR == 2 { print $4 }' || true; }
echo "== warm-up ($D each; the search until the JIT is done with it, at least ${WARM_SEARCH}s)"
run_wrk warm-me 4 "$ME"
# The search's code paths are many and long: the JIT's C2 compiler spends 40-50 s of CPU on them (measured: a
# compiler thread busy for the first minute of search load), and until it is done every figure measures its work
# beside the search, not the search users meet in steady state. So the rotating queries run in 10 s steps at the
# measured 16 connections, at least --warm-search seconds and until two steps in a row each add less than 0.5 s of
# compile time (at most 300 s). One quiet step was not enough: it was followed by more compiling (steps of 0.3, then
# 0.7 s), and warm-ups that stopped at the first quiet step left more of C2's work to the measured runs.
D_SAVED=$D; D="10s"; WARMED=0; JIT_STEP=n/a; JIT_STEPS=""; QUIET=0
JIT0=$(jit_seconds)
while [ $WARMED -lt 300 ]; do
  j0=$(jit_seconds)
  run_wrk warm-search 16 "$BASE" "$QUERIES_LUA"
  WARMED=$((WARMED + 10)); j1=$(jit_seconds)
  JIT_STEP=$(awk -v a="$j0" -v b="$j1" 'BEGIN { if (a == "" || b == "") print "n/a"; else printf "%.1f", b - a }')
  JIT_STEPS="$JIT_STEPS${JIT_STEPS:+, }$JIT_STEP"
  [ "$JIT_STEP" = n/a ] && [ $WARMED -ge "$WARM_SEARCH" ] && break
  if awk -v s="$JIT_STEP" 'BEGIN { exit !(s < 0.5) }'; then QUIET=$((QUIET + 1)); else QUIET=0; fi
  [ $WARMED -ge "$WARM_SEARCH" ] && [ $QUIET -ge 2 ] && break
done
D=$D_SAVED
WARM_NOTE="${WARMED} s of search load; JIT compile time $(awk -v a="$JIT0" -v b="$(jit_seconds)" 'BEGIN { if (a == "" || b == "") print "n/a"; else printf "%.1f s", b - a }') in it (per 10 s step: $JIT_STEPS s)"
echo "   search warm-up: $WARM_NOTE"
run_wrk warm-elev 1 "$SEARCH1"
run_wrk warm-static 4 "$STATIC"
run_wrk warm-openapi 2 "$OPENAPI"

echo "== load ($D each, loopback)"
JIT_LOAD0=$(jit_seconds)
run_wrk me-c1 1 "$ME"; ME1_RPS=$RPS; ME1_P50=$P50; ME1_P99=$P99; ME1_LOAD=$LOAD
run_wrk me-c16 16 "$ME"; ME16_RPS=$RPS; ME16_CPU=$CPU; ME16_LOAD=$LOAD
run_wrk static-c1 1 "$STATIC"; ST1_RPS=$RPS; ST1_LOAD=$LOAD
run_wrk static-c16 16 "$STATIC"; ST16_RPS=$RPS; ST16_CPU=$CPU; ST16_LOAD=$LOAD
run_wrk search1-c1 1 "$SEARCH1"; S1_RPS=$RPS; S1_P50=$P50; S1_P99=$P99; S1_CPU=$CPU; S1_LOAD=$LOAD
run_wrk searchq-c1 1 "$BASE" "$QUERIES_LUA"; SQ1_RPS=$RPS; SQ1_P50=$P50; SQ1_P99=$P99; SQ1_CPU=$CPU; SQ1_LOAD=$LOAD
run_wrk openapi-c1 1 "$OPENAPI"; OA_RPS=$RPS; OA_LOAD=$LOAD
# the issue's ratio: the rotating queries and /api/v1/me, 16 connections each, at the same time. It is the noisiest
# figure (two load generators and the server share two cores), so it is measured three times and the figure is the ratio
# of the three runs' requests together; each run's ratio is printed beside it.
MIX_RUNS=""; MS_N=0; MM_N=0; MIXES=3
for run in $(seq 1 $MIXES); do
  wrk -t2 -c16 -d"$D" --latency -H "$AUTH" --timeout 10s -s "$QUERIES_LUA" "$BASE" >"$OUT/wrk/mix-search-c16-$run.txt" 2>&1 &
  W1=$!
  wrk -t2 -c16 -d"$D" --latency -H "$AUTH" --timeout 10s "$ME" >"$OUT/wrk/mix-me-c16-$run.txt" 2>&1 &
  W2=$!
  wait $W1 $W2
  s=$(awk '/requests in/ { print $1 }' "$OUT/wrk/mix-search-c16-$run.txt")
  m=$(awk '/requests in/ { print $1 }' "$OUT/wrk/mix-me-c16-$run.txt")
  MS_N=$((MS_N + s)); MM_N=$((MM_N + m))
  MIX_RUNS="$MIX_RUNS${MIX_RUNS:+, }$(awk -v a="$s" -v b="$m" 'BEGIN { printf "%.2f", a / b }')"
done
parse_wrk mix-search-c16-$MIXES; MS_P50=$P50; MS_P99=$P99
MIX_LOAD=$(cut -d' ' -f1 /proc/loadavg)
# what the JIT still compiled during the measured runs (after the warm-up): it runs beside the requests
JIT_LOAD=$(awk -v a="$JIT_LOAD0" -v b="$(jit_seconds)" 'BEGIN { if (a == "" || b == "") print "n/a"; else printf "%.1f s", b - a }')
# and the rotating queries alone, 16 connections
run_wrk search-c16 16 "$BASE" "$QUERIES_LUA"; SQ_RPS=$RPS; SQ_P50=$P50; SQ_P99=$P99; SQ_CPU=$CPU; SQ_LOAD=$LOAD
echo "== resident memory after the search load and a KPI report (before any JFR recording: JFR keeps ~60 MB)"
KPI_CODE=$(curl -s -o "$OUT/kpi-report.json" -w '%{http_code}' -H "$AUTH" "$BASE/api/v1/municipalities/250/kpis/report?year=$(date +%Y)")
RSS_MB=$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$JPID/status"); RSS_LOAD=$(cut -d' ' -f1 /proc/loadavg)
JVM_FLAGS=$(tr '\0' ' ' <"/proc/$JPID/cmdline" | grep -oE -- '-X[^ ]+' | tr '\n' ' ' || true)
# the profile gets a run of its own: JFR's sampling costs CPU and must not touch the figures above
PROF_NAME="$OUT/search.jfr"
if [ "$PROFILE" = 1 ]; then
  rm -f "$PROF_NAME"
  jcmd "$JPID" JFR.start name=bench settings=profile filename="$PROF_NAME" >/dev/null
  run_wrk profiled-search-c16 16 "$BASE" "$QUERIES_LUA"
  jcmd "$JPID" JFR.stop name=bench >/dev/null
fi


if [ "$PROFILE" = 1 ]; then
  echo "== hottest frames of the search load (top of stack, JFR execution samples)"
  jfr print --events jdk.ExecutionSample "$PROF_NAME" >"$OUT/search-samples.txt"
  awk '/stackTrace = \[/ { getline; sub(/^[ \t]+/, ""); sub(/line:.*/, ""); top[$0]++; n++ }
       END { for (f in top) printf "%6.1f%%  %s\n", 100 * top[f] / n, f }' "$OUT/search-samples.txt" | sort -rn | head -n 25 || true
  echo "   (by own frame; full samples in $OUT/search-samples.txt)"
  echo "== where the search load's time goes (share of samples with the method on the stack)"
  jfr print --stack-depth 100 --events jdk.ExecutionSample "$PROF_NAME" >"$OUT/search-stacks.txt"
  awk '/jdk.ExecutionSample/ { n++; delete seen; next }
       /line:/ { f = $0; sub(/^[ \t]+/, "", f); sub(/[ \t]+line:.*/, "", f); if (!(f in seen)) { seen[f] = 1; c[f]++ } }
       END { for (f in c) printf "%6.1f%%  %s\n", 100 * c[f] / n, f }' "$OUT/search-stacks.txt" \
    | grep -E "LuceneKnowledgeSearch|QueryPlanner\.(plan|correct)|highlightFields\(|loadFieldValues|SentenceBoundaries\.|StoredFields\.document|QueryRescorer\.rescore|ProviderBase\.writeTo|AccessFilter\.filter|MeResource" \
    | sort -rn | head -n 20 || true
fi

if [ "$KEEP" = 0 ]; then stop_karaf; trap - EXIT; fi

NDCG=n/a; MRR=n/a; BIG_P99=n/a
if [ "$RELEVANCE" = 1 ]; then
  echo "== knowledge relevance benchmark (mvn -Pbench in bundles/dk.sosuhub.knowledge)"
  GUIDES=0; [ "$BIG" = 1 ] && GUIDES=100000
  ( cd bundles/dk.sosuhub.knowledge && mvn -B -q -Pbench verify -Dbench.guides=$GUIDES ${MAVEN_ARGS:-} ) >"$OUT/relevance.txt" 2>&1 \
    || { echo "relevance benchmark failed: see $OUT/relevance.txt" >&2; }
  NDCG=$(awk '$1 == "ours" { print $2; exit }' "$OUT/relevance.txt")
  MRR=$(awk '$1 == "ours" { print $3; exit }' "$OUT/relevance.txt")
  if [ "$BIG" = 1 ]; then
    BIG_P99=$(awk '/generated guides/ { big = 1 } big && /p99/ { for (i = 1; i <= NF; i++) if ($i ~ /^p99/) { print $(i+1); exit } }' "$OUT/relevance.txt")
  fi
fi

# The national KPI roll-up is measured in the booted distribution at national scale by KpiBenchmark (karaf-assembly,
# profile bench: ~10 minutes, most of it generating 200,000 students and 5 million absences). --kpi runs it; otherwise
# the figure of its last run is shown with the time of that run.
KPI_FILE=karaf-assembly/target/kpi-benchmark.txt
if [ "$KPI" = 1 ]; then
  echo "== national KPI roll-up (mvn -Pbench in karaf-assembly, ~10 minutes)"
  ( cd karaf-assembly && mvn -B -q verify -Pbench -Dsosuhub.itest.port=$((PORT + 10)) ${MAVEN_ARGS:-} ) >"$OUT/kpi.txt" 2>&1 \
    || { echo "KPI benchmark failed: see $OUT/kpi.txt" >&2; }
fi
KPI_P50="not run (--kpi)"
if [ -f "$KPI_FILE" ]; then
  v=$(awk -F': ' '/^national roll-up warm p50 ms:/ { print $2; exit }' "$KPI_FILE")
  [ -n "$v" ] && KPI_P50="$v ms (run $(date -u -r "$KPI_FILE" +'%Y-%m-%d %H:%M UTC'))"
fi

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "n/a"; else printf "%.2f", a / b }'; }
# met VALUE OP LIMIT: "yes" when VALUE OP LIMIT holds (OP is <= or >=), "no" when not, "n/a" without a value
met() { awk -v v="$1" -v op="$2" -v l="$3" 'BEGIN { if (v == "" || v == "n/a" || v !~ /^[0-9.]+$/) { print "n/a"; exit }
  ok = (op == "<=") ? (v + 0 <= l + 0) : (v + 0 >= l + 0); print ok ? "yes" : "NO" }'; }
row() { printf '| %-58s | %-10s | %-26s | %-40s | %-4s |\n' "$1" "$2" "$3" "$4" "${5:-}"; }
SEARCH_ME=$(ratio "$MS_N" "$MM_N"); STATIC_ME=$(ratio "$ST16_RPS" "$ME16_RPS")
echo
echo "SOSU Hub benchmark, $(date -u +'%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(basename "$dist"), wrk $D per run"
echo "JVM: $JVM_FLAGS"
echo "search warm-up: $WARM_NOTE; JIT compile time during the measured runs up to the mixes: $JIT_LOAD"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (the machine's other work shares the $(nproc) cores: throughputs are noisy, CPU per request less so)"
echo "\"issue\" is the value the issue measured before any of this work (\"today\" in its table)"
row "figure" "target" "issue" "now" "met"
row "---" "---" "---" "---" "---"
row "search, $NQ queries, 16 conn. ÷ /me 16 conn., same time" "≥ 0.60" "0.20" "$SEARCH_ME ($MS_N ÷ $MM_N requests in $MIXES × $D; runs $MIX_RUNS; load $MIX_LOAD)" "$(met "$SEARCH_ME" '>=' 0.6)"
row "  search, $NQ rotating queries, 16 conn. alone" "" "170 req/s, p50 88, p99 290" "$SQ_RPS req/s, p50 $SQ_P50, p99 $SQ_P99 ms (load $SQ_LOAD)"
row "  search during the mix (last run): p50 / p99 ms" "" "" "$MS_P50 / $MS_P99"
row "  JVM CPU ms per request: search / /me / static" "" "" "$SQ_CPU / $ME16_CPU / $ST16_CPU"
row "  search, $NQ rotating queries, 1 conn." "" "" "$SQ1_RPS req/s, p50 $SQ1_P50, p99 $SQ1_P99 ms, $SQ1_CPU ms CPU (load $SQ1_LOAD)"
row "search ?q=elev, 1 conn.: p50" "≤ 1 ms" "2.6 ms" "$S1_P50 ms (load $S1_LOAD)" "$(met "$S1_P50" '<=' 1)"
row "search ?q=elev, 1 conn.: p99" "≤ 5 ms" "30 ms" "$S1_P99 ms (load $S1_LOAD)" "$(met "$S1_P99" '<=' 5)"
row "  search ?q=elev, 1 conn.: throughput, JVM CPU per request" "" "330 req/s" "$S1_RPS req/s, $S1_CPU ms"
row "search at 100,000 guides: p99 (in-process, --big)" "≤ 10 ms" "" "$BIG_P99" "$(met "$BIG_P99" '<=' 10)"
row "static ($STATIC_BYTES B) ÷ /me ($ME_BYTES B), 16 conn." "≤ 2.0" "" "$STATIC_ME ($ST16_RPS ÷ $ME16_RPS, load $ST16_LOAD)" "$(met "$STATIC_ME" '<=' 2)"
row "  /me ÷ static by JVM CPU per request" "" "" "$(ratio "$ME16_CPU" "$ST16_CPU")"
row "  /api/v1/me, 1 conn.: p50, throughput" "" "0.5 ms, 1,720 req/s" "$ME1_P50 ms, $ME1_RPS req/s (load $ME1_LOAD)"
row "  /api/v1/me, 16 conn." "" "849 req/s" "$ME16_RPS req/s (load $ME16_LOAD)"
row "  static asset, 1 conn." "" "3,600 req/s (css)" "$ST1_RPS req/s (load $ST1_LOAD)"
row "openapi.json, 1 conn. (built once per module change)" "once" "136 req/s" "$OA_RPS req/s (load $OA_LOAD)"
row "first start to first 200 (median of $STARTS)" "≤ 10 s" "16–20 s" "$FIRST_START s" "$(met "$FIRST_START" '<=' 10)"
row "  each first start: s; JVM CPU s (load)" "" "" "$(echo $FIRSTS | tr ' ' '/'); $(echo $FIRST_CPUS | tr ' ' '/') ($(echo $FIRST_LOADS | tr ' ' '/'))"
row "restart to first 200 (median of $STARTS)" "≤ 8 s" "" "$RESTART s" "$(met "$RESTART" '<=' 8)"
row "  each restart: s; JVM CPU s (load)" "" "" "$(echo $RESTARTS | tr ' ' '/'); $(echo $RESTART_CPUS | tr ' ' '/') ($(echo $RESTART_LOADS | tr ' ' '/'))"
row "RSS after the search load and a KPI report (HTTP $KPI_CODE)" "≤ 400 MB" "1,190 MB" "$RSS_MB MB (load $RSS_LOAD)" "$(met "$RSS_MB" '<=' 400)"
row "relevance nDCG@10 (judged set)" "no drop" "0.8799" "$NDCG" "$(met "$NDCG" '>=' 0.8799)"
row "relevance MRR@10 (judged set)" "no drop" "0.9484" "$MRR" "$(met "$MRR" '>=' 0.9484)"
row "national KPI roll-up, warm p50, 98 mun., 200,000 students" "≤ 500 ms" "2.2 s" "$KPI_P50" "$(met "${KPI_P50%% *}" '<=' 500)"
echo
echo "wrk outputs: $OUT/wrk/; relevance: $OUT/relevance.txt"
