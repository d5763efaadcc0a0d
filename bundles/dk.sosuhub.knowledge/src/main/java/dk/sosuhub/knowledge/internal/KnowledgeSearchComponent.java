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
import java.util.logging.Logger;

/**
 * The search as an OSGi service over the guides in the database (the truth). At start it imports the guides
 * shipped in {@code ${karaf.home}/content/guides} (idempotent), opens the index in
 * {@code ${karaf.data}/knowledge/index} and rebuilds it from the database when it is missing, damaged, from
 * another version or holds another number of guides. Afterwards every committed change to a guide reaches the
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
    private final LuceneKnowledgeSearch search;

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
            synchronized (updater) {
                search = new LuceneKnowledgeSearch(index, guides::all, LanguageResources.shared());
                long inDatabase = guides.count();
                if (!search.rebuiltOnOpen() && (updater.missed || search.size() != inDatabase)) {
                    LOG.info("Søgeindekset genopbygges fra databasen (" + search.size() + " guides i indekset, "
                            + inDatabase + " i databasen)");
                    search.rebuild(guides.all());
                }
                updater.search = search;
            }
        } catch (RuntimeException e) {
            registration.unregister();
            throw e;
        }
    }

    @Deactivate
    void close() throws IOException {
        registration.unregister();
        synchronized (updater) {
            updater.search = null;
        }
        search.close();
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
    public void index(Guide guide) { search.index(guide); }

    @Override
    public void delete(String id) { search.delete(id); }

    @Override
    public void rebuild(Collection<Guide> guides) { search.rebuild(guides); }

    @Override
    public SearchResult search(SearchRequest request) { return search.search(request); }

    @Override
    public List<Completion> suggest(String municipality, String prefix) { return search.suggest(municipality, prefix); }

    /** Number of guides in the index. */
    public int size() { return search.size(); }
}
