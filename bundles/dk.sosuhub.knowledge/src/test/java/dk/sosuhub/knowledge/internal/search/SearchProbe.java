package dk.sosuhub.knowledge.internal.search;

import dk.sosuhub.knowledge.Guide;
import dk.sosuhub.knowledge.SearchHit;
import dk.sosuhub.knowledge.SearchRequest;
import dk.sosuhub.knowledge.SearchResult;
import dk.sosuhub.knowledge.internal.analysis.LanguageResources;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A tool, not a test (run with {@code java -cp ...}): {@code snapshot FILE} writes every judged query's complete
 * answer (total, facets, suggestion, hits with scores and snippets; for the national evaluation municipality and
 * for Frederikssund, pages 1 and 2) so that two versions of the search can be compared for identical answers;
 * {@code cpu SECONDS} prints the thread CPU time per search of the bench script's 51 rotating queries and of
 * {@code elev}, in-process (the search alone, without HTTP); {@code slowest SECONDS} prints the judged queries by
 * their median time, slowest first (as the benchmark asks them: municipality 101). A third argument N searches N
 * generated guides; {@code -Dsosuhub.probe.dir} keeps the index in that folder between runs.
 */
final class SearchProbe {

    public static void main(String[] args) throws Exception {
        List<Guide> guides = Corpus.guides();
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        List<Guide> corpus = n > 0 ? Corpus.generated(guides, n, 42) : guides;
        String kept = System.getProperty("sosuhub.probe.dir");
        // on disk (memory-mapped) as in the distribution
        Path dir = kept != null ? Files.createDirectories(Path.of(kept)) : Files.createTempDirectory("knowledge-probe");
        try (LuceneKnowledgeSearch s = new LuceneKnowledgeSearch(dir, () -> corpus, LanguageResources.shared())) {
            switch (args[0]) {
                case "snapshot" -> snapshot(s, Path.of(args[1]));
                case "cpu" -> cpu(s, Integer.parseInt(args[1]));
                case "slowest" -> slowest(s, Integer.parseInt(args[1]));
                default -> throw new IllegalArgumentException(args[0]);
            }
        }
    }

    static List<String> rotating() {
        return new ArrayList<>(Corpus.judged().keySet()).subList(0, 51);
    }

    private static void snapshot(LuceneKnowledgeSearch s, Path file) throws Exception {
        List<String> queries = new ArrayList<>(Corpus.judged().keySet());
        queries.addAll(List.of("elev", "psykiatrivejlder", "elefant", "", "samarbejde skole", "hvad er en praktikerklæring",
                "snusepraktik", "voksen elev løn", "sps", "specialpædagogisk støtte", "sosu hjælper", "oplæringsvejleder"));
        try (PrintStream out = new PrintStream(Files.newOutputStream(file), true, StandardCharsets.UTF_8)) {
            for (String municipality : List.of("101", "250")) {
                for (String q : queries) {
                    for (int page = 1; page <= 2; page++) {
                        SearchResult r = s.search(new SearchRequest(municipality, q, java.util.Set.of(), java.util.Set.of(), page));
                        out.printf("## %s %s p%d total=%d suggestion=%s%n", municipality, q, page, r.total(), r.suggestion());
                        out.printf("facets %s%n", r.facets());
                        for (SearchHit h : r.hits()) out.printf("%s %s %s | %s%n", h.id(), Float.toString(h.score()), h.title(), h.snippet()); // exact scores
                    }
                }
            }
        }
    }

    private static void cpu(LuceneKnowledgeSearch s, int seconds) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<String> qs = rotating();
        long end = System.nanoTime() + seconds * 1_000_000_000L / 2;
        while (System.nanoTime() < end) for (String q : qs) s.search(SearchRequest.of("250", q)); // warm-up
        for (String label : List.of("51 queries", "elev")) {
            List<String> run = label.equals("elev") ? List.of("elev") : qs;
            List<Long> times = new ArrayList<>();
            com.sun.management.ThreadMXBean smx = (com.sun.management.ThreadMXBean) mx;
            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long alloc0 = smx.getCurrentThreadAllocatedBytes();
            long proc0 = os.getProcessCpuTime();
            long cpu0 = mx.getCurrentThreadCpuTime();
            end = System.nanoTime() + seconds * 1_000_000_000L / 4;
            while (System.nanoTime() < end) {
                for (String q : run) {
                    long t = System.nanoTime();
                    s.search(SearchRequest.of("250", q));
                    times.add(System.nanoTime() - t);
                }
            }
            long cpu = mx.getCurrentThreadCpuTime() - cpu0;
            long proc = os.getProcessCpuTime() - proc0;
            long alloc = smx.getCurrentThreadAllocatedBytes() - alloc0;
            long[] t = times.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(t);
            System.out.printf("%-10s CPU %.3f ms/search (process %.3f ms), %.0f KB allocated/search, p50 %.3f ms, p99 %.3f ms (%d searches)%n", label,
                    cpu / 1e6 / t.length, proc / 1e6 / t.length, alloc / 1024.0 / t.length, t[t.length / 2] / 1e6, t[(int) (t.length * 0.99)] / 1e6, t.length);
        }
    }

    private static void slowest(LuceneKnowledgeSearch s, int seconds) {
        List<String> qs = new ArrayList<>(Corpus.judged().keySet());
        long end = System.nanoTime() + seconds * 1_000_000_000L / 3;
        while (System.nanoTime() < end) for (String q : qs) s.search(SearchRequest.of("101", q)); // warm-up
        java.util.Map<String, List<Long>> times = new java.util.LinkedHashMap<>();
        end = System.nanoTime() + seconds * 2_000_000_000L / 3;
        while (System.nanoTime() < end) {
            for (String q : qs) {
                long t = System.nanoTime();
                s.search(SearchRequest.of("101", q));
                times.computeIfAbsent(q, k -> new ArrayList<>()).add(System.nanoTime() - t);
            }
        }
        List<long[]> all = new ArrayList<>();
        List<String> names = new ArrayList<>();
        times.forEach((q, list) -> {
            long[] t = list.stream().mapToLong(Long::longValue).sorted().toArray();
            all.add(t);
            names.add(q);
        });
        Integer[] order = new Integer[all.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Long.compare(all.get(b)[all.get(b).length / 2], all.get(a)[all.get(a).length / 2]));
        for (int i = 0; i < Math.min(20, order.length); i++) {
            long[] t = all.get(order[i]);
            SearchResult r = s.search(SearchRequest.of("101", names.get(order[i])));
            System.out.printf("%8.2f ms median %8.2f ms max  %7d hits  %s%s%n", t[t.length / 2] / 1e6, t[t.length - 1] / 1e6,
                    r.total(), names.get(order[i]), r.suggestion() == null ? "" : "  → " + r.suggestion());
        }
    }
}
