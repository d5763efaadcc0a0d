package dk.sosuhub.knowledge.internal;

import dk.sosuhub.knowledge.GuideListener;
import dk.sosuhub.knowledge.GuideService;
import dk.sosuhub.knowledge.Guide;
import dk.sosuhub.knowledge.Completion;
import dk.sosuhub.knowledge.KnowledgeSearch;
import dk.sosuhub.knowledge.SearchRequest;
import dk.sosuhub.knowledge.SearchResult;
import dk.sosuhub.knowledge.internal.analysis.LanguageResources;
import dk.sosuhub.knowledge.internal.content.ShippedGuides;
import dk.sosuhub.knowledge.internal.search.LuceneKnowledgeSearch;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The search as an OSGi service over the guides in the database (the truth). At start it imports the guides
 * shipped in {@code ${karaf.home}/content/guides} (idempotent); it opens the index in
 * {@code ${karaf.data}/knowledge/index} on a thread of its own shortly after the platform has finished starting or at
 * the first call that needs it, whichever comes first (a call meanwhile waits), and rebuilds it from the
 * database when it is missing, damaged, from another version or holds another number of guides. Afterwards every committed change to a guide reaches the
 * index through a {@link GuideListener} before the write returns.
 */
@Component(service = KnowledgeSearch.class, configurationPid = "dk.sosuhub.knowledge", immediate = true)
@Designate(ocd = KnowledgeSearchComponent.Config.class)
public class KnowledgeSearchComponent implements KnowledgeSearch {

    private static final Logger LOG = Logger.getLogger(KnowledgeSearchComponent.class.getName());

    @ObjectClassDefinition(name = "SOSU Hub vidensbase", description = "Guides og søgeindeks")
    public @interface Config {
        @AttributeDefinition(name = "Guides", description = "Mappe med de medfølgende guides (Markdown); tom: ${karaf.home}/content/guides")
        String guides() default "";

        @AttributeDefinition(name = "Indeks", description = "Mappe til søgeindekset; tom: ${karaf.data}/knowledge/index")
        String index() default "";
    }

    private final IndexUpdater updater = new IndexUpdater();
    private final ServiceRegistration<GuideListener> registration;
    /**
     * The index, opened on a thread of its own: loading the Danish language resources and (on a first start or
     * after an upgrade) building the index take seconds, which the platform's start should not wait for. A search
     * that comes before the index is open waits for it.
     */
    private final CompletableFuture<LuceneKnowledgeSearch> search;
    /**
     * Lets the index open: counted down {@value #AFTER_START_SECONDS} s after the platform has finished starting
     * ({@link BootWatch}), at the first call that needs the index, or at deactivation. Loading the language resources
     * takes seconds of CPU that the start of the other modules and the first answers (the first sign-ins' password
     * checks) should not have to share.
     */
    private final CountDownLatch go = new CountDownLatch(1);
    static final long AFTER_START_SECONDS = 10;
    /** Opening waits for {@link #go} at most this long, should no start ever be reported. */
    private static final long MAX_WAIT_SECONDS = 120;
    private final BootWatch bootWatch;
    private volatile boolean closed;

    @Activate
    public KnowledgeSearchComponent(Config config, BundleContext context, @Reference GuideService guides) {
        Path shipped = config.guides().isBlank()
                ? Path.of(System.getProperty("karaf.home", "."), "content", "guides") : Path.of(config.guides());
        Path index = !config.index().isBlank() ? Path.of(config.index())
                : System.getProperty("karaf.data") != null ? Path.of(System.getProperty("karaf.data"), "knowledge", "index")
                : context.getDataFile("index").toPath();
        // listen first: a change committed while the index opens is then either read from the database or replayed
        registration = context.registerService(GuideListener.class, updater, null);
        try {
            guides.importShipped(ShippedGuides.read(shipped));
        } catch (RuntimeException e) {
            registration.unregister();
            throw e;
        }
        search = CompletableFuture.supplyAsync(() -> {
            try {
                go.await(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return closed ? null : open(index, guides);
        }, task -> {
            Thread t = new Thread(task, "sosuhub-knowledge-index");
            t.setDaemon(true);
            t.start();
        });
        search.whenComplete((s, e) -> {
            if (e != null) LOG.log(Level.SEVERE, "Søgeindekset kunne ikke åbnes: " + index, e);
        });
        bootWatch = BootWatch.start(context,
                () -> CompletableFuture.delayedExecutor(AFTER_START_SECONDS, TimeUnit.SECONDS).execute(go::countDown));
    }

    private LuceneKnowledgeSearch open(Path index, GuideService guides) {
        LanguageResources lang = LanguageResources.shared(); // outside the lock: guide writes meanwhile are only noted
        synchronized (updater) {
            LuceneKnowledgeSearch s = new LuceneKnowledgeSearch(index, guides::all, lang);
            try {
                long inDatabase = guides.count();
                if (!s.rebuiltOnOpen() && (updater.missed || s.size() != inDatabase)) {
                    LOG.info("Søgeindekset genopbygges fra databasen (" + s.size() + " guides i indekset, "
                            + inDatabase + " i databasen)");
                    s.rebuild(guides.all());
                }
            } catch (RuntimeException e) {
                try {
                    s.close();
                } catch (IOException | RuntimeException ignored) {
                    // failing anyway
                }
                throw e;
            }
            updater.search = s;
            return s;
        }
    }

    /** The open index; waits while it opens. */
    private LuceneKnowledgeSearch ready() {
        go.countDown();
        try {
            LuceneKnowledgeSearch s = search.get(5, TimeUnit.MINUTES);
            if (s == null) {
                throw new IllegalStateException("Søgningen er stoppet");
            }
            return s;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Afbrudt mens søgeindekset åbnes", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Søgeindekset kunne ikke åbnes", e);
        }
    }

    @Deactivate
    void close() throws IOException {
        closed = true;
        bootWatch.close();
        go.countDown();
        registration.unregister();
        LuceneKnowledgeSearch s;
        try {
            s = search.join();
        } catch (RuntimeException e) {
            s = null; // it never opened (logged)
        }
        synchronized (updater) {
            updater.search = null;
        }
        if (s != null) s.close();
    }

    /** Applies committed guide changes to the index; before the index is open it only notes that it missed some. */
    private static final class IndexUpdater implements GuideListener {
        private LuceneKnowledgeSearch search;
        private boolean missed;

        @Override
        public synchronized void guideSaved(Guide guide) {
            if (search != null) {
                search.index(guide);
            } else {
                missed = true;
            }
        }

        @Override
        public synchronized void guideDeleted(String id) {
            if (search != null) {
                search.delete(id);
            } else {
                missed = true;
            }
        }
    }

    @Override
    public void index(Guide guide) { ready().index(guide); }

    @Override
    public void delete(String id) { ready().delete(id); }

    @Override
    public void rebuild(Collection<Guide> guides) { ready().rebuild(guides); }

    @Override
    public SearchResult search(SearchRequest request) { return ready().search(request); }

    @Override
    public List<Completion> suggest(String municipality, String prefix) { return ready().suggest(municipality, prefix); }

    /** Number of guides in the index. */
    public int size() { return ready().size(); }
}
