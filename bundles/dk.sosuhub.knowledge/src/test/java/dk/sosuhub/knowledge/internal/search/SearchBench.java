package dk.sosuhub.knowledge.internal.search;

import dk.sosuhub.knowledge.Guide;
import dk.sosuhub.knowledge.SearchHit;
import dk.sosuhub.knowledge.SearchRequest;
import dk.sosuhub.knowledge.internal.analysis.LanguageResources;
import dk.sosuhub.knowledge.internal.content.MarkdownRenderer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Benchmark, not a test: {@code mvn -B -q -Pbench verify}. Prints relevance over the judged queries (ours and a
 * baseline of Lucene's stock DanishAnalyzer with BM25 over title+summary+body) and speed at the shipped corpus
 * and at {@code -Dbench.guides} (default 100,000) generated guides.
 */
class SearchBench {

    /** A municipality without guides of its own: the judged set covers national guides. */
    private static final String EVAL_MUNICIPALITY = "101";

    @Test
    void bench() throws Exception {
        List<Guide> guides = Corpus.guides();
        Map<String, Map<String, Integer>> judged = Corpus.judged();
        LanguageResources lang = LanguageResources.shared();
        System.out.printf("%n=== SOSU Hub knowledge search benchmark (Lucene 9.12.3, %d cores, word list: %s)%n",
                Runtime.getRuntime().availableProcessors(), lang.wordSource());
        System.out.printf("judged set: %d queries, %d judgements; corpus: %d guides%n", judged.size(),
                judged.values().stream().mapToInt(Map::size).sum(), guides.size());

        try (LuceneKnowledgeSearch ours = new LuceneKnowledgeSearch(null, () -> guides, lang);
             Baseline base = new Baseline(guides)) {
            double[] o = evaluate(judged, q -> ours.search(SearchRequest.of(EVAL_MUNICIPALITY, q)).hits().stream().map(SearchHit::id).toList(),
                    Boolean.getBoolean("bench.verbose"));
            double[] b = evaluate(judged, base::search, false);
            System.out.printf("%nrelevance        nDCG@10   MRR@10%n");
            System.out.printf("ours             %.4f    %.4f%n", o[0], o[1]);
            System.out.printf("baseline         %.4f    %.4f   (DanishAnalyzer, BM25, title+summary+body)%n", b[0], b[1]);
            System.out.printf("gain             %+.1f %%   %+.1f %%%n", 100 * (o[0] / b[0] - 1), 100 * (o[1] / b[1] - 1));
            System.out.printf("%nspeed at %d guides%n", guides.size());
            latency(ours, judged.keySet(), 30);
            throughput(ours, judged.keySet(), 2, 30);
        }

        int n = Integer.getInteger("bench.guides", 100_000);
        if (n <= 0) return;
        List<Guide> big = Corpus.generated(guides, n, 42);
        Path dir = Files.createTempDirectory("knowledge-bench");
        try {
            long t0 = System.nanoTime();
            try (LuceneKnowledgeSearch s = new LuceneKnowledgeSearch(dir, () -> big, lang)) {
                double secs = (System.nanoTime() - t0) / 1e9;
                System.out.printf("%nspeed at %,d generated guides (index folder on disk, %d segments)%n", s.size(), segments(dir));
                System.out.printf("rebuild (empty folder → searchable): %.1f s, indexing rate %,.0f guides/s%n", secs, n / secs);
            }
            t0 = System.nanoTime();
            try (LuceneKnowledgeSearch s = new LuceneKnowledgeSearch(dir, () -> big, lang)) {
                System.out.printf("reopen existing index: %.2f s (%,d guides)%n", (System.nanoTime() - t0) / 1e9, s.size());
                latency(s, judged.keySet(), 10);
                throughput(s, judged.keySet(), 2, 10);
                t0 = System.nanoTime();
                s.rebuild(big);
                System.out.printf("rebuild() of the live index (searches go on meanwhile): %.1f s%n", (System.nanoTime() - t0) / 1e9);
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** nDCG@10 (gain 2^grade − 1) and MRR@10 (first hit with any grade), averaged over queries. */
    static double[] evaluate(Map<String, Map<String, Integer>> judged, Function<String, List<String>> search, boolean verbose) {
        double ndcg = 0, mrr = 0;
        for (Map.Entry<String, Map<String, Integer>> e : judged.entrySet()) {
            List<String> ids = search.apply(e.getKey());
            Map<String, Integer> grades = e.getValue();
            double dcg = 0, rr = 0;
            for (int i = 0; i < Math.min(10, ids.size()); i++) {
                int g = grades.getOrDefault(ids.get(i), 0);
                dcg += (Math.pow(2, g) - 1) / (Math.log(i + 2) / Math.log(2));
                if (g > 0 && rr == 0) rr = 1.0 / (i + 1);
            }
            int[] ideal = grades.values().stream().mapToInt(Integer::intValue).sorted().toArray();
            double idcg = 0;
            for (int i = 0; i < Math.min(10, ideal.length); i++) {
                idcg += (Math.pow(2, ideal[ideal.length - 1 - i]) - 1) / (Math.log(i + 2) / Math.log(2));
            }
            double q = idcg == 0 ? 0 : dcg / idcg;
            if (verbose && q < 0.8) {
                System.out.printf("  %.2f %-45s %s%n", q, e.getKey(), ids.stream().limit(5).map(id -> id + ":" + grades.getOrDefault(id, 0)).toList());
            }
            ndcg += q;
            mrr += rr;
        }
        return new double[]{ndcg / judged.size(), mrr / judged.size()};
    }

    private static void latency(LuceneKnowledgeSearch s, Iterable<String> queries, int rounds) {
        List<String> qs = new ArrayList<>();
        queries.forEach(qs::add);
        // warm-up: at least 3 rounds and 20 s, until the JIT has compiled the search's paths (as the HTTP benchmark)
        long warm = System.nanoTime() + 20_000_000_000L;
        for (int r = 0; r < 3 || System.nanoTime() < warm; r++) for (String q : qs) s.search(SearchRequest.of(EVAL_MUNICIPALITY, q));
        long[] times = new long[qs.size() * rounds];
        int k = 0;
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (String q : qs) {
                long t = System.nanoTime();
                s.search(SearchRequest.of(EVAL_MUNICIPALITY, q));
                times[k++] = System.nanoTime() - t;
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        Arrays.sort(times);
        System.out.printf("query latency (search incl. facets, snippets, spelling): p50 %.2f ms, p99 %.2f ms, max %.2f ms; "
                        + "%,.0f queries/s (1 thread, %d queries)%n",
                times[times.length / 2] / 1e6, times[(int) (times.length * 0.99)] / 1e6, times[times.length - 1] / 1e6,
                times.length / wall, times.length);
    }

    private static long segments(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".si")).count();
        }
    }

    /** Queries per second with several threads searching at once. */
    private static void throughput(LuceneKnowledgeSearch s, Iterable<String> queries, int threads, int rounds) throws Exception {
        List<String> qs = new ArrayList<>();
        queries.forEach(qs::add);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<java.util.concurrent.Future<?>> jobs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                jobs.add(pool.submit(() -> {
                    for (int r = 0; r < rounds; r++) {
                        for (int i = 0; i < qs.size(); i++) s.search(SearchRequest.of(EVAL_MUNICIPALITY, qs.get((i + offset * 7) % qs.size())));
                    }
                }));
            }
            for (java.util.concurrent.Future<?> f : jobs) f.get();
            double wall = (System.nanoTime() - start) / 1e9;
            System.out.printf("throughput: %,.0f queries/s with %d threads%n", threads * rounds * qs.size() / wall, threads);
        } finally {
            pool.shutdown();
        }
    }

    /** Lucene's stock Danish analysis and plain BM25 over title, summary and body. */
    static final class Baseline implements AutoCloseable {
        private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
        private final DirectoryReader reader;
        private final IndexSearcher searcher;
        private final DanishAnalyzer analyzer = new DanishAnalyzer();

        Baseline(List<Guide> guides) throws IOException {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                for (Guide g : guides) {
                    if (!g.national()) continue; // what the evaluation municipality sees
                    Document d = new Document();
                    d.add(new StringField("id", g.id(), Field.Store.YES));
                    d.add(new TextField("title", g.title(), Field.Store.NO));
                    d.add(new TextField("summary", g.summary(), Field.Store.NO));
                    d.add(new TextField("body", MarkdownRenderer.toText(g.body()), Field.Store.NO));
                    w.addDocument(d);
                }
            }
            reader = DirectoryReader.open(dir);
            searcher = new IndexSearcher(reader);
        }

        List<String> search(String q) {
            try {
                MultiFieldQueryParser p = new MultiFieldQueryParser(new String[]{"title", "summary", "body"}, analyzer);
                ScoreDoc[] docs = searcher.search(p.parse(QueryParser.escape(q)), 10).scoreDocs;
                List<String> ids = new ArrayList<>();
                for (ScoreDoc sd : docs) ids.add(searcher.storedFields().document(sd.doc).get("id"));
                return ids;
            } catch (Exception e) {
                return List.of();
            }
        }

        @Override
        public void close() throws IOException {
            reader.close();
            dir.close();
        }
    }
}
