package dk.sosuhub.knowledge.internal;

import dk.sosuhub.knowledge.Completion;
import dk.sosuhub.knowledge.Guide;
import dk.sosuhub.knowledge.KnowledgeSearch;
import dk.sosuhub.knowledge.SearchRequest;
import dk.sosuhub.knowledge.SearchResult;
import dk.sosuhub.knowledge.internal.analysis.LanguageResources;
import dk.sosuhub.knowledge.internal.content.GuideParser;
import dk.sosuhub.knowledge.internal.search.LuceneKnowledgeSearch;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * The search as an OSGi service. Until guides live in the database, the truth is a folder of guide files
 * (default {@code ${karaf.home}/content/guides}); the index lives in the bundle's data area and is rebuilt from
 * the folder when missing, damaged or from another version.
 */
@Component(service = KnowledgeSearch.class, configurationPid = "dk.sosuhub.knowledge")
@Designate(ocd = KnowledgeSearchComponent.Config.class)
public class KnowledgeSearchComponent implements KnowledgeSearch {

    @ObjectClassDefinition(name = "SOSU Hub vidensbase", description = "Guides og søgeindeks")
    public @interface Config {
        @AttributeDefinition(name = "Guides", description = "Mappe med guides (Markdown); tom: ${karaf.home}/content/guides")
        String guides() default "";

        @AttributeDefinition(name = "Indeks", description = "Mappe til søgeindekset; tom: bundlens dataområde")
        String index() default "";
    }

    private final LuceneKnowledgeSearch search;

    @Activate
    public KnowledgeSearchComponent(Config config, BundleContext context) {
        Path guides = config.guides().isBlank()
                ? Path.of(System.getProperty("karaf.home", "."), "content", "guides") : Path.of(config.guides());
        Path index = config.index().isBlank() ? context.getDataFile("index").toPath() : Path.of(config.index());
        this.search = new LuceneKnowledgeSearch(index, () -> Files.isDirectory(guides) ? GuideParser.readAll(guides) : List.of(),
                LanguageResources.shared());
    }

    @Deactivate
    void close() throws IOException {
        search.close();
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
}
