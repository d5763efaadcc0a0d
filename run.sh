#!/usr/bin/env bash
# Builds SOSU Hub (unless --no-build) and starts it in demo mode on http://localhost:8181.
# The runtime lives in runtime/sosuhub; its data/ folder (the Derby database) survives rebuilds and restarts.
set -euo pipefail
cd "$(dirname "$0")"

if [ "${1:-}" != "--no-build" ]; then
  mvn -B -q install -DskipTests
fi

dist=$(ls -t karaf-assembly/target/karaf-assembly-*.tar.gz | head -n 1)   # the newest build
mkdir -p runtime
rm -rf runtime/sosuhub.new
mkdir runtime/sosuhub.new
tar xzf "$dist" -C runtime/sosuhub.new --strip-components=1
if [ -d runtime/sosuhub/data ]; then
  # keep the database, drop the bundle cache so the freshly built bundles are used
  rm -rf runtime/sosuhub/data/cache runtime/sosuhub/data/kar
  rm -rf runtime/sosuhub.new/data
  mv runtime/sosuhub/data runtime/sosuhub.new/data
fi
rm -rf runtime/sosuhub
mv runtime/sosuhub.new runtime/sosuhub

echo "Starting SOSU Hub in demo mode: http://localhost:8181/api/v1/openapi.json (demo users: admin/admin, frederikssund/frederikssund, aarhus/aarhus)"
export EXTRA_JAVA_OPTS="${EXTRA_JAVA_OPTS:-} -Dsosuhub.demo=true"
if [ -t 0 ]; then
  exec runtime/sosuhub/bin/karaf          # with the Karaf console (try: sosu:module-list 250)
else
  exec runtime/sosuhub/bin/karaf server
fi
