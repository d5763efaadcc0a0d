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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The search as an OSGi service over the guides in the database (the truth). At start it imports the guides
 * shipped in {@code ${karaf.home}/content/guides} (idempotent), opens the index in
 * {@code ${karaf.data}/knowledge/index} (on a thread of its own; a search meanwhile waits) and rebuilds it from the
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
        search = CompletableFuture.supplyAsync(() -> open(index, guides), task -> {
            Thread t = new Thread(task, "sosuhub-knowledge-index");
            t.setDaemon(true);
            t.start();
        });
        search.whenComplete((s, e) -> {
            if (e != null) LOG.log(Level.SEVERE, "Søgeindekset kunne ikke åbnes: " + index, e);
        });
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
        try {
            return search.get(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Afbrudt mens søgeindekset åbnes", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Søgeindekset kunne ikke åbnes", e);
        }
    }

    @Deactivate
    void close() throws IOException {
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
