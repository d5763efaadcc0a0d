package dk.sosuhub.knowledge.internal.search;

import dk.sosuhub.knowledge.Completion;
import dk.sosuhub.knowledge.Facets;
import dk.sosuhub.knowledge.Guide;
import dk.sosuhub.knowledge.KnowledgeSearch;
import dk.sosuhub.knowledge.SearchHit;
import dk.sosuhub.knowledge.SearchRequest;
import dk.sosuhub.knowledge.SearchResult;
import dk.sosuhub.knowledge.internal.analysis.KnowledgeAnalyzers;
import dk.sosuhub.knowledge.internal.analysis.LanguageResources;
import dk.sosuhub.knowledge.internal.content.MarkdownRenderer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The guide search on an embedded Lucene index. Plain Java: give it a folder (or none for memory) and a supplier of
 * all guides, which it uses to rebuild a missing, damaged or outdated index. Writes are committed and visible
 * when {@link #index} or {@link #delete} returns (near-real-time reader from the writer).
 */
public final class LuceneKnowledgeSearch implements KnowledgeSearch, Closeable {

    private static final Logger LOG = Logger.getLogger(LuceneKnowledgeSearch.class.getName());
    /** Bump when fields or analysis change: an index with another value is rebuilt. */
    static final String SCHEMA = "knowledge-3";
    static final String SCHEMA_KEY = "schema";
    public static final int PAGE_SIZE = 10;
    static final int MAX_PAGE = 100;
    /**
     * Guides per thread below which a search is not split: an index smaller than twice this is searched on the
     * searching thread alone (the shipped guides always are).
     */
    static final int SLICE_DOCS = 10_000;
    /** Candidates the full query ranks (first pass). */
    static final int FIRST_PASS = 50;
    private static final Locale DA = Locale.forLanguageTag("da-DK");
    private static final FieldType STORED_TEXT = new FieldType(TextField.TYPE_STORED);

    private static final FieldType ALL_TEXT = new FieldType(TextField.TYPE_NOT_STORED);
    /** The body: searched and highlighted from postings offsets, stored apart (only what snippets can use). */
    private static final FieldType INDEXED_TEXT = new FieldType(TextField.TYPE_NOT_STORED);
    /**
     * Snippets are taken from the first this many characters of a body (the highlighter's limit), so only those are
     * stored: a long guide's stored body is then not decompressed and decoded in full for every page it is on.
     */
    static final int SNIPPET_SOURCE = 50_000;
    /** Characters of decoded guide texts kept (a guide's stored body is at most {@link #SNIPPET_SOURCE}). */
    static final long GUIDE_TEXT_CHARS = 4_000_000;

    static {
        ALL_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        ALL_TEXT.freeze();
        STORED_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        STORED_TEXT.freeze();
        INDEXED_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        INDEXED_TEXT.freeze();
    }

    private final KnowledgeAnalyzers analyzers;
    private final Analyzer indexAnalyzer;
    private final QueryPlanner planner;
    private final Supplier<? extends Collection<Guide>> allGuides;
    private final Directory directory;
    private final String schema;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final GuideTexts texts = new GuideTexts(DA, SNIPPET_SOURCE, GUIDE_TEXT_CHARS);
    /**
     * Threads that search a large index's segments side by side with the searching thread (which takes its share):
     * one fewer than the cores, idle threads end after a while. A small index is one slice, searched on the caller.
     */
    private final ThreadPoolExecutor segmentThreads;
    private final int sliceDocs;
    /** Tests only: take candidates from the first pass even when every visible match would be one. */
    private final boolean alwaysFirstPass;
    private IndexWriter writer;
    private SearcherManager searchers;
    private boolean rebuiltOnOpen;

    /**
     * @param folder    index folder, {@code null} for an in-memory index
     * @param allGuides every guide (the truth), used to rebuild the index
     */
    public LuceneKnowledgeSearch(Path folder, Supplier<? extends Collection<Guide>> allGuides, LanguageResources lang) {
        this(folder, allGuides, lang, SLICE_DOCS, false);
    }

    /**
     * @param sliceDocs       guides per thread below which a search is not split (tests split small indexes)
     * @param alwaysFirstPass whether candidates always come from the first pass (tests compare both ways)
     */
    LuceneKnowledgeSearch(Path folder, Supplier<? extends Collection<Guide>> allGuides, LanguageResources lang, int sliceDocs,
                          boolean alwaysFirstPass) {
        this.sliceDocs = sliceDocs;
        this.alwaysFirstPass = alwaysFirstPass;
        this.analyzers = new KnowledgeAnalyzers(lang);
        Map<String, Analyzer> perField = new HashMap<>();
        perField.put(Fields.PARTS, analyzers.parts());
        perField.put(Fields.WORDS, analyzers.words());
        perField.put(Fields.TITLE_WORDS, analyzers.words());
        this.indexAnalyzer = new PerFieldAnalyzerWrapper(analyzers.text(), perField);
        this.planner = new QueryPlanner(analyzers, Weights.DEFAULT);
        this.allGuides = Objects.requireNonNull(allGuides);
        this.schema = SCHEMA + ";" + lang.fingerprint();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        AtomicInteger threadNumber = new AtomicInteger();
        this.segmentThreads = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "sosuhub-search-segments-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        segmentThreads.allowCoreThreadTimeOut(true);
        try {
            this.directory = folder == null ? new ByteBuffersDirectory() : FSDirectory.open(folder);
            open();
        } catch (IOException e) {
            throw new UncheckedIOException("Søgeindekset kan ikke åbnes: " + folder, e);
        }
    }

    private void open() throws IOException {
        String reason = null;
        try {
            if (!DirectoryReader.indexExists(directory)) {
                reason = "intet indeks";
            } else {
                String stored = SegmentInfos.readLatestCommit(directory).getUserData().get(SCHEMA_KEY);
                if (!schema.equals(stored)) reason = "indeks fra en anden version (" + stored + ")";
            }
            writer = new IndexWriter(directory, config(OpenMode.CREATE_OR_APPEND));
            DirectoryReader.open(writer).close(); // reads every segment: a damaged index fails here
        } catch (LockObtainFailedException e) {
            throw e; // another process uses the folder: never wipe it
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Søgeindekset er beskadiget og genopbygges: " + e);
            if (writer != null) {
                try {
                    writer.rollback();
                } catch (IOException | RuntimeException ignored) {
                    // the index is thrown away anyway
                }
            }
            for (String file : directory.listAll()) {
                try {
                    directory.deleteFile(file);
                } catch (IOException ignored) {
                    // overwritten by the new index
                }
            }
            writer = new IndexWriter(directory, config(OpenMode.CREATE));
            reason = "beskadiget indeks";
        }
        searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                IndexSearcher searcher = new IndexSearcher(reader, segmentThreads) {
                    @Override
                    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                        return balancedSlices(leaves, segmentThreads.getMaximumPoolSize() + 1, sliceDocs);
                    }
                };
                searcher.setSimilarity(new SearcherBm25());
                // what is worked out once per segment, here for a new segment rather than in the first search
                for (LeafReaderContext leaf : reader.leaves()) {
                    TermLookup.prepare(leaf.reader());
                    SegmentBits.of(leaf.reader());
                }
                return searcher;
            }
        });
        if (reason != null) {
            LOG.info("Søgeindekset bygges (" + reason + ")");
            rebuild(allGuides.get());
            rebuiltOnOpen = true;
        }
    }

    /** Whether opening found the index missing, damaged or outdated and rebuilt it from the guides. */
    public boolean rebuiltOnOpen() {
        return rebuiltOnOpen;
    }

    private IndexWriterConfig config(OpenMode mode) {
        IndexWriterConfig c = new IndexWriterConfig(indexAnalyzer);
        c.setOpenMode(mode);
        c.setRAMBufferSizeMB(128);
        c.setCommitOnClose(true);
        return c;
    }

    // ---- writes

    @Override
    public void index(Guide guide) {
        write(() -> writer.updateDocument(new Term(Fields.ID, guide.id()), document(guide)));
    }

    @Override
    public void delete(String id) {
        write(() -> writer.deleteDocuments(new Term(Fields.ID, id)));
    }

    @Override
    public void rebuild(Collection<Guide> guides) {
        write(() -> {
            writer.deleteAll();
            int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 8));
            List<Guide> list = List.copyOf(guides);
            if (threads == 1 || list.size() < 1000) {
                for (Guide g : list) writer.addDocument(document(g));
                return;
            }
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                AtomicInteger next = new AtomicInteger();
                List<Future<?>> jobs = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    jobs.add(pool.submit(() -> {
                        for (int i = next.getAndIncrement(); i < list.size(); i = next.getAndIncrement()) {
                            writer.addDocument(document(list.get(i)));
                        }
                        return null;
                    }));
                }
                for (Future<?> f : jobs) f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IOException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        });
    }

    private interface IndexWrite {
        void run() throws IOException;
    }

    private void write(IndexWrite w) {
        writeLock.lock();
        try {
            w.run();
            writer.setLiveCommitData(Map.of(SCHEMA_KEY, schema).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("Søgeindekset kunne ikke opdateres", e);
        } finally {
            writeLock.unlock();
        }
    }

    Document document(Guide g) {
        Document d = new Document();
        d.add(new StringField(Fields.ID, g.id(), Field.Store.YES));
        d.add(new StringField(Fields.MUNICIPALITY, g.municipality(), Field.Store.YES));
        String body = MarkdownRenderer.toText(g.body());
        d.add(new Field(Fields.TITLE, g.title(), STORED_TEXT));
        d.add(new Field(Fields.SUMMARY, g.summary(), STORED_TEXT));
        d.add(new Field(Fields.BODY, body, INDEXED_TEXT));
        d.add(new StoredField(Fields.BODY, body.length() > SNIPPET_SOURCE ? body.substring(0, SNIPPET_SOURCE) : body));
        String topics = String.join(" ", g.topics()).replace('-', ' ');
        d.add(new TextField(Fields.TOPICS, topics, Field.Store.NO));
        for (String text : List.of(g.title(), g.summary(), body, topics)) d.add(new Field(Fields.ALL, text, ALL_TEXT));
        for (String text : List.of(g.title(), g.summary(), body, topics)) {
            d.add(new TextField(Fields.PARTS, text, Field.Store.NO));
            d.add(new TextField(Fields.WORDS, text, Field.Store.NO));
        }
        d.add(new TextField(Fields.TITLE_WORDS, g.title(), Field.Store.NO));
        d.add(new SortedDocValuesField(Fields.TITLE_SORT, new BytesRef(g.title().toLowerCase(DA))));
        for (String a : g.audience()) {
            d.add(new StringField(Fields.AUDIENCE, a, Field.Store.NO));
            d.add(new SortedSetDocValuesField(Fields.AUDIENCE, new BytesRef(a)));
        }
        for (String t : g.topics()) {
            d.add(new StringField(Fields.TOPIC, t, Field.Store.NO));
            d.add(new SortedSetDocValuesField(Fields.TOPIC, new BytesRef(t)));
        }
        String programme = g.programme() == null ? Facets.NO_PROGRAMME : g.programme();
        d.add(new StringField(Fields.PROGRAMME, programme, Field.Store.NO));
        d.add(new SortedSetDocValuesField(Fields.PROGRAMME, new BytesRef(programme)));
        return d;
    }

    // ---- reads

    @Override
    public SearchResult search(SearchRequest request) {
        int page = Math.min(request.page(), MAX_PAGE);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search(searcher, request, page);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException | RuntimeException e) {
            // never let odd input become an error page: log and answer with no hits
            LOG.log(Level.WARNING, "Søgning fejlede: " + abbreviate(request.query()), e);
            return SearchResult.empty(page, PAGE_SIZE);
        }
    }

    private SearchResult search(IndexSearcher searcher, SearchRequest request, int page) throws IOException {
        String municipality = request.municipality();
        boolean browse = request.query().isBlank();
        QueryPlanner.Plan plan = browse ? null
                : planner.plan(request.query(), searcher, word -> visible(searcher, municipality, word));
        try {
            if (plan != null && plan.query() == null) return SearchResult.empty(page, PAGE_SIZE);
            return search(searcher, request, page, plan);
        } finally {
            if (plan != null) plan.lookup().release(); // the enumerations it lent go back for later searches
        }
    }

    /** The search of a planned query ({@code plan} null: browse every guide by title). */
    private SearchResult search(IndexSearcher searcher, SearchRequest request, int page, QueryPlanner.Plan plan)
            throws IOException {
        String municipality = request.municipality();
        boolean browse = plan == null;
        // 1. every hit counted exactly, with facets, on bit sets
        Counts counts = count(searcher, browse ? null : plan.flatTerms().keySet(), browse ? null : plan.lookup(), request);
        int offset = (page - 1) * PAGE_SIZE;
        if (counts.total <= offset) {
            return new SearchResult(counts.total, page, PAGE_SIZE, List.of(), counts.facets(), browse ? null : plan.suggestion());
        }
        BooleanQuery.Builder filters = new BooleanQuery.Builder().add(tenant(municipality), Occur.FILTER);
        if (!request.audiences().isEmpty()) filters.add(anyOf(Fields.AUDIENCE, request.audiences()), Occur.FILTER);
        if (!request.topics().isEmpty()) filters.add(anyOf(Fields.TOPIC, request.topics()), Occur.FILTER);
        TopDocs top;
        if (browse) {
            top = searcher.search(filters.add(new MatchAllDocsQuery(), Occur.MUST).build(), offset + PAGE_SIZE,
                    new Sort(new SortField(Fields.TITLE_SORT, SortField.Type.STRING)));
        } else {
            // 2. candidates: every visible match when they are few enough, else the best by the flat query (same
            // matches, cheap to score), 3. ranked by the full query
            int n = Math.max(FIRST_PASS, offset + PAGE_SIZE);
            FixedBitSet[] visible = counts.matches();
            TopDocs candidates = counts.total <= n && !alwaysFirstPass ? every(visible, searcher.getIndexReader().leaves())
                    : firstPass(searcher, plan, visible, n);
            top = new QueryRescorer(plan.query()) {
                @Override
                protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
                    return secondPassMatches ? secondPassScore : 0f;
                }
            }.rescore(searcher, candidates, n);
        }
        ScoreDoc[] docs = Arrays.copyOfRange(top.scoreDocs, Math.min(offset, top.scoreDocs.length),
                Math.min(offset + PAGE_SIZE, top.scoreDocs.length));
        String[] snippets = browse ? new String[docs.length] : Snippets.of(searcher, texts, plan.markTerms(), docs, DA, plan.lookup());
        List<SearchHit> hits = new ArrayList<>(docs.length);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (int i = 0; i < docs.length; i++) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i].doc, leaves));
            GuideTexts.Text d = texts.get(leaf.reader(), docs[i].doc - leaf.docBase);
            String snippet = snippets[i] != null ? snippets[i] : escape(d.summary);
            hits.add(new SearchHit(d.id, d.title, d.summary, snippet, Float.isNaN(docs[i].score) ? 0f : docs[i].score));
        }
        return new SearchResult(counts.total, page, PAGE_SIZE, hits, counts.facets(), browse ? null : plan.suggestion());
    }

    /** Hit count, facet counts and the hits per segment (null: none). */
    private record Counts(long total, Map<String, Long> audience, Map<String, Long> topics, Map<String, Long> programme,
                          FixedBitSet[] matches) {
        Facets facets() {
            return new Facets(sorted(audience), sorted(topics), sorted(programme));
        }

        /** Most hits first, then by value (a plain sort: the comparator chain and stream were 4 % of a search). */
        private static Map<String, Long> sorted(Map<String, Long> m) {
            @SuppressWarnings("unchecked")
            Map.Entry<String, Long>[] entries = m.entrySet().toArray(new Map.Entry[0]);
            Arrays.sort(entries, (a, b) -> {
                int byCount = Long.compare(b.getValue(), a.getValue());
                return byCount != 0 ? byCount : a.getKey().compareTo(b.getKey());
            });
            Map<String, Long> out = new LinkedHashMap<>(entries.length * 2);
            for (Map.Entry<String, Long> e : entries) out.put(e.getKey(), e.getValue());
            return out;
        }
    }

    /**
     * The segments in at most {@code threads} slices of about equal size (largest segment first into the smallest
     * slice), one slice when the index is small: each thread then has the same share of a large index's work.
     */
    static IndexSearcher.LeafSlice[] balancedSlices(List<LeafReaderContext> leaves, int threads, int sliceDocs) {
        long docs = leaves.stream().mapToLong(l -> l.reader().maxDoc()).sum();
        int n = (int) Math.max(1, Math.min(Math.min(threads, leaves.size()), docs / sliceDocs));
        List<List<LeafReaderContext>> groups = new ArrayList<>();
        long[] size = new long[n];
        for (int i = 0; i < n; i++) groups.add(new ArrayList<>());
        List<LeafReaderContext> bySize = new ArrayList<>(leaves);
        bySize.sort(Comparator.comparingInt((LeafReaderContext l) -> l.reader().maxDoc()).reversed());
        for (LeafReaderContext leaf : bySize) {
            int smallest = 0;
            for (int i = 1; i < n; i++) if (size[i] < size[smallest]) smallest = i;
            groups.get(smallest).add(leaf);
            size[smallest] += leaf.reader().maxDoc();
        }
        return groups.stream().filter(g -> !g.isEmpty()).map(IndexSearcher.LeafSlice::new).toArray(IndexSearcher.LeafSlice[]::new);
    }

    /**
     * The first pass: the best {@code n} visible matches by the flat query. Only needed when there are more visible
     * matches than candidates; otherwise every visible match is a candidate (see {@link #every}).
     */
    private static TopDocs firstPass(IndexSearcher searcher, QueryPlanner.Plan plan, FixedBitSet[] visible, int n)
            throws IOException {
        boolean sliced = searcher.getSlices().length > 1;
        TopScoreDocCollectorManager first = new TopScoreDocCollectorManager(n, null, n, sliced);
        return searcher.search(plan.flatQuery(), new CollectorManager<VisibleHits, TopDocs>() {
            @Override
            public VisibleHits newCollector() throws IOException {
                return new VisibleHits(first.newCollector(), visible);
            }

            @Override
            public TopDocs reduce(Collection<VisibleHits> collectors) throws IOException {
                List<TopScoreDocCollector> top = new ArrayList<>(collectors.size());
                for (VisibleHits c : collectors) top.add(c.top);
                return first.reduce(top);
            }
        });
    }

    /**
     * Every visible match as a candidate, unscored. When they are no more than the first pass keeps, its top
     * {@code n} would be exactly these (its queue never fills, so nothing is pruned), and the rescorer orders
     * candidates by its own score and then document, whatever the first pass scored: the same hits in the same order
     * without weighing and scoring the flat query.
     */
    private static TopDocs every(FixedBitSet[] visible, List<LeafReaderContext> leaves) {
        List<ScoreDoc> docs = new ArrayList<>();
        for (LeafReaderContext leaf : leaves) {
            FixedBitSet bits = visible[leaf.ord];
            if (bits == null) continue;
            BitSetIterator it = new BitSetIterator(bits, 0);
            for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                docs.add(new ScoreDoc(leaf.docBase + d, 0f));
            }
        }
        return new TopDocs(new TotalHits(docs.size(), TotalHits.Relation.EQUAL_TO), docs.toArray(new ScoreDoc[0]));
    }

    /** The first pass's collector: only the visible hits (known from the counting) reach the top hits. */
    private static final class VisibleHits extends FilterCollector {
        final TopScoreDocCollector top;
        private final FixedBitSet[] visible;

        VisibleHits(TopScoreDocCollector top, FixedBitSet[] visible) {
            super(top);
            this.top = top;
            this.visible = visible;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            FixedBitSet docs = visible[context.ord];
            if (docs == null) throw new CollectionTerminatedException();
            return new FilterLeafCollector(super.getLeafCollector(context)) {
                @Override
                public void collect(int doc) throws IOException {
                    if (docs.get(doc)) in.collect(doc);
                }
            };
        }
    }

    /**
     * Counts the visible guides matching any of the terms ({@code null}: all) and the request's filters, per
     * segment: union of the terms' postings into a bit set, intersected with the filter bit sets. The slices of a
     * large index are counted side by side; each reads the terms' states looked up for the plan.
     */
    private static Counts count(IndexSearcher searcher, Collection<Term> terms, TermLookup lookup, SearchRequest request)
            throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<Map.Entry<Term, TermStates>> states = terms == null ? null : new ArrayList<>(terms.size());
        if (terms != null) {
            for (Term t : terms) states.add(Map.entry(t, lookup.states(t)));
        }
        FixedBitSet[] matches = new FixedBitSet[leaves.size()];
        IndexSearcher.LeafSlice[] sliced = searcher.getSlices();
        Tally all;
        if (sliced.length == 1) {
            // the shipped guides: one slice, on this thread, with the request's enumerations
            all = tally(sliced[0], states, lookup, request, matches);
        } else {
            List<Callable<Tally>> slices = new ArrayList<>();
            for (IndexSearcher.LeafSlice slice : sliced) slices.add(() -> tally(slice, states, null, request, matches));
            all = new Tally();
            for (Tally t : searcher.getTaskExecutor().invokeAll(slices)) all.add(t);
        }
        return new Counts(all.total, all.audience, all.topics, all.programme, matches);
    }

    /** @param lookup the request's, when counting on its thread; else null */
    private static Tally tally(IndexSearcher.LeafSlice slice, List<Map.Entry<Term, TermStates>> states,
                               TermLookup lookup, SearchRequest request, FixedBitSet[] matches) throws IOException {
        Tally tally = new Tally();
        for (LeafReaderContext ctx : slice.leaves) countSegment(ctx, states, lookup, request, matches, tally);
        return tally;
    }

    /** Hit and facet counts of some segments. */
    private static final class Tally {
        long total;
        final Map<String, Long> audience = new HashMap<>(), topics = new HashMap<>(), programme = new HashMap<>();

        void add(Tally other) {
            total += other.total;
            other.audience.forEach((k, v) -> audience.merge(k, v, Long::sum));
            other.topics.forEach((k, v) -> topics.merge(k, v, Long::sum));
            other.programme.forEach((k, v) -> programme.merge(k, v, Long::sum));
        }
    }

    private static void countSegment(LeafReaderContext ctx, List<Map.Entry<Term, TermStates>> terms, TermLookup lookup,
                                     SearchRequest request, FixedBitSet[] matches, Tally tally) throws IOException {
        LeafReader leaf = ctx.reader();
        int maxDoc = leaf.maxDoc();
        SegmentBits bits = SegmentBits.of(leaf);
        FixedBitSet match = new FixedBitSet(maxDoc);
        if (terms == null) {
            match.set(0, maxDoc);
        } else {
            union(ctx, terms, lookup, match);
        }
        restrict(match, bits, Fields.MUNICIPALITY, tenantValues(request.municipality()));
        if (!request.audiences().isEmpty()) restrict(match, bits, Fields.AUDIENCE, request.audiences());
        if (!request.topics().isEmpty()) restrict(match, bits, Fields.TOPIC, request.topics());
        Bits live = leaf.getLiveDocs();
        if (live != null) {
            for (int d = match.nextSetBit(0); d != DocIdSetIterator.NO_MORE_DOCS;
                 d = d + 1 < maxDoc ? match.nextSetBit(d + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                if (!live.get(d)) match.clear(d);
            }
        }
        long n = match.cardinality();
        if (n == 0) return;
        matches[ctx.ord] = match;
        tally.total += n;
        countValues(match, bits.values(Fields.AUDIENCE), tally.audience);
        countValues(match, bits.values(Fields.TOPIC), tally.topics);
        countValues(match, bits.values(Fields.PROGRAMME), tally.programme);
    }

    /**
     * Sets the segment's documents having any of the terms. Most frequent terms first: later ones then only fill the
     * gaps, skipping what is already set. The terms are read one after the other, so one postings enumeration per
     * field serves them all (an enumeration holds about 3 KB of buffers). On the request's thread ({@code lookup} not
     * null) the enumerations are the request's ({@link TermLookup}: reused from earlier searches); a slice's thread of
     * a large index opens its own, as the request's belong to the request's thread.
     */
    private static void union(LeafReaderContext ctx, List<Map.Entry<Term, TermStates>> terms, TermLookup lookup,
                              FixedBitSet match) throws IOException {
        record Found(Term term, TermState state, int docFreq) {
        }
        Map<String, TermsEnum> enums = new HashMap<>(4);
        List<Found> found = new ArrayList<>(terms.size());
        for (Map.Entry<Term, TermStates> e : terms) {
            TermState state = e.getValue().get(ctx);
            if (state == null) continue;
            Term t = e.getKey();
            TermsEnum te = enums.get(t.field());
            if (te == null) {
                te = lookup != null ? lookup.termsEnum(ctx, t.field()) : ctx.reader().terms(t.field()).iterator();
                enums.put(t.field(), te);
            }
            te.seekExact(t.bytes(), state);
            found.add(new Found(t, state, te.docFreq()));
        }
        found.sort(Comparator.comparingInt(Found::docFreq).reversed());
        Map<String, PostingsEnum> reuse = new HashMap<>(4);
        for (int i = 0; i < found.size(); i++) {
            Term t = found.get(i).term();
            PostingsEnum previous = reuse.get(t.field());
            PostingsEnum postings;
            if (previous == null && lookup != null) {
                postings = lookup.postings(ctx, t, found.get(i).state(), PostingsEnum.NONE);
            } else {
                TermsEnum te = enums.get(t.field());
                te.seekExact(t.bytes(), found.get(i).state());
                postings = te.postings(previous, PostingsEnum.NONE);
            }
            reuse.put(t.field(), postings);
            if (i == 0) match.or(postings); // the most frequent term: nothing to skip yet
            else orGaps(match, postings);
        }
    }

    /** Adds the documents of the iterator, advancing past runs of documents already set. */
    private static void orGaps(FixedBitSet match, DocIdSetIterator it) throws IOException {
        int max = match.length();
        int doc = it.nextDoc();
        while (doc < max) {
            match.set(doc);
            int gap = nextClearBit(match, doc + 1);
            if (gap >= max) return;
            doc = gap == doc + 1 ? it.nextDoc() : it.advance(gap);
        }
    }

    private static int nextClearBit(FixedBitSet bits, int from) {
        int max = bits.length();
        if (from >= max) return max;
        long[] words = bits.getBits();
        int i = from >> 6;
        long word = ~words[i] & (-1L << from);
        while (word == 0) {
            if (++i >= bits.getBits().length) return max;
            word = ~words[i];
        }
        return Math.min(max, (i << 6) + Long.numberOfTrailingZeros(word));
    }

    private static Set<String> tenantValues(String municipality) {
        return municipality == null || municipality.isBlank() || municipality.equals(Guide.NATIONAL)
                ? Set.of(Guide.NATIONAL) : Set.of(Guide.NATIONAL, municipality);
    }

    /** Keeps the documents having any of the values. */
    private static void restrict(FixedBitSet match, SegmentBits bits, String field, Collection<String> values) {
        FixedBitSet allowed = new FixedBitSet(match.length());
        for (String v : values) {
            FixedBitSet b = bits.docs(field, v);
            if (b != null) allowed.or(b);
        }
        match.and(allowed);
    }

    private static void countValues(FixedBitSet match, Map<String, FixedBitSet> values, Map<String, Long> out) {
        values.forEach((value, docs) -> {
            long c = FixedBitSet.intersectionCount(match, docs);
            if (c > 0) out.merge(value, c, Long::sum);
        });
    }

    @Override
    public List<Completion> suggest(String municipality, String prefix) {
        if (prefix == null || prefix.isBlank()) return List.of();
        String input = prefix.length() > 200 ? prefix.substring(0, 200) : prefix;
        List<String> words = KnowledgeAnalyzers.terms(analyzers.words(), Fields.WORDS, input);
        if (words.isEmpty()) return List.of();
        String last = words.get(words.size() - 1);
        if (last.length() < 2 && words.size() == 1) return List.of();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Map<String, Completion> out = new LinkedHashMap<>();
                BooleanQuery.Builder q = new BooleanQuery.Builder()
                        .add(new PrefixQuery(new Term(Fields.TITLE_WORDS, last)), Occur.MUST)
                        .add(tenant(municipality), Occur.FILTER);
                for (String w : words.subList(0, words.size() - 1)) {
                    q.add(new TermQuery(new Term(Fields.TITLE_WORDS, w)), Occur.MUST);
                }
                TopDocs titles = searcher.search(q.build(), 5, new Sort(new SortField(Fields.TITLE_SORT, SortField.Type.STRING)));
                for (ScoreDoc sd : titles.scoreDocs) {
                    Document d = searcher.storedFields().document(sd.doc, Set.of(Fields.ID, Fields.TITLE));
                    out.put("t:" + d.get(Fields.ID), new Completion(d.get(Fields.TITLE), d.get(Fields.ID)));
                }
                String head = String.join(" ", words.subList(0, words.size() - 1));
                for (String term : completeWord(searcher, municipality, last, 5)) {
                    String text = head.isEmpty() ? term : head + " " + term;
                    out.putIfAbsent("w:" + text, new Completion(text, null));
                }
                return List.copyOf(out.values());
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Forslag fejlede: " + abbreviate(prefix), e);
            return List.of();
        }
    }

    /** The most frequent visible words starting with the prefix. */
    private List<String> completeWord(IndexSearcher searcher, String municipality, String prefix, int n) throws IOException {
        Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), Fields.WORDS);
        if (terms == null) return List.of();
        TermsEnum te = terms.iterator();
        BytesRef p = new BytesRef(prefix);
        if (te.seekCeil(p) == TermsEnum.SeekStatus.END) return List.of();
        List<Map.Entry<String, Integer>> candidates = new ArrayList<>();
        int seen = 0;
        for (BytesRef t = te.term(); t != null && seen < 500; t = te.next(), seen++) {
            if (!startsWith(t, p)) break;
            if (t.length > p.length) candidates.add(Map.entry(t.utf8ToString(), te.docFreq()));
        }
        candidates.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Integer> c : candidates) {
            if (out.size() >= n) break;
            if (c.getKey().length() > 2 && visible(searcher, municipality, c.getKey())) out.add(c.getKey());
        }
        return out;
    }

    private static boolean startsWith(BytesRef t, BytesRef p) {
        if (t.length < p.length) return false;
        for (int i = 0; i < p.length; i++) if (t.bytes[t.offset + i] != p.bytes[p.offset + i]) return false;
        return true;
    }

    /** Whether a surface word occurs in a guide the municipality may see. */
    private boolean visible(IndexSearcher searcher, String municipality, String word) {
        try {
            Query q = new BooleanQuery.Builder().add(new TermQuery(new Term(Fields.WORDS, word)), Occur.MUST)
                    .add(tenant(municipality), Occur.FILTER).build();
            return searcher.count(q) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static Query tenant(String municipality) {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.MUNICIPALITY, Guide.NATIONAL)), Occur.SHOULD);
        if (municipality != null && !municipality.isBlank() && !municipality.equals(Guide.NATIONAL)) {
            b.add(new TermQuery(new Term(Fields.MUNICIPALITY, municipality)), Occur.SHOULD);
        }
        return b.build();
    }

    private static Query anyOf(String field, Set<String> values) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String v : values) b.add(new TermQuery(new Term(field, v)), Occur.SHOULD);
        return b.build();
    }

    /** The kept guide texts (tests). */
    GuideTexts texts() {
        return texts;
    }

    interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    /** Runs the work with the current searcher (tests). */
    <T> T withSearcher(SearcherWork<T> work) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return work.run(s);
        } finally {
            searchers.release(s);
        }
    }

    /** Number of guides in the index (for health checks and tests). */
    public int size() {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return s.getIndexReader().numDocs();
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String escape(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#x27;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    @Override
    public void close() throws IOException {
        writeLock.lock();
        try {
            if (searchers != null) searchers.close();
            if (writer != null) writer.close();
            directory.close();
            segmentThreads.shutdown();
        } finally {
            writeLock.unlock();
        }
    }
}
