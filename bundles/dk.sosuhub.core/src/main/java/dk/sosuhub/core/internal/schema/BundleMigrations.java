package dk.sosuhub.core.internal.schema;

import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.osgi.framework.Bundle;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * A module bundle's migrations, {@code db/<moduleId>/*.sql}, read with {@link Bundle#findEntries} and handed to
 * Flyway as its {@link ResourceProvider}.
 * <p>
 * Why not Flyway's class-path scanning: core's Flyway sees only what the class loader it is given sees. Under
 * Felix, Flyway 8's {@code OsgiClassPathLocationScanner} can list another bundle's folder when given that
 * bundle's class loader (it parses the bundle id from the {@code bundle://<id>.<rev>:<n>/} URL's host), but that
 * ties migrations to the module's class loader and wiring and to Flyway's reading of Felix's URL format. Bundle
 * entries need neither: they are the bundle's own files (fragments included), which is what a module ships.
 */
public final class BundleMigrations implements ResourceProvider {

    /** No migrations (for a baseline). */
    static final ResourceProvider NONE = new BundleMigrations("none", List.of());

    private final String location;
    private final List<UrlResource> resources;

    private BundleMigrations(String location, List<UrlResource> resources) {
        this.location = location;
        this.resources = resources;
    }

    /** @return the bundle's migrations for the module, or null if it has none */
    public static BundleMigrations of(Bundle bundle, String moduleId) {
        String location = Migrations.location(moduleId);
        Enumeration<URL> entries = bundle.findEntries(location, "*.sql", false);
        if (entries == null) {
            return null;
        }
        List<UrlResource> resources = new ArrayList<>();
        for (URL url : Collections.list(entries)) {
            String path = url.getPath();
            resources.add(new UrlResource(location, path.substring(path.lastIndexOf('/') + 1), url));
        }
        return resources.isEmpty() ? null : new BundleMigrations(location, resources);
    }

    public int size() {
        return resources.size();
    }

    /** The migrations as {@link AppliedHistory} reads them. */
    public List<AppliedHistory.Script> scripts() {
        return resources.stream().map(r -> new AppliedHistory.Script(r.getFilename(), r::read)).toList();
    }

    @Override
    public LoadableResource getResource(String name) {
        return resources.stream()
                .filter(r -> r.getFilename().equals(name) || r.getAbsolutePath().equals(name)
                        || r.getAbsolutePath().equals(location + "/" + name))
                .findFirst().orElse(null);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        List<LoadableResource> matching = new ArrayList<>();
        for (UrlResource r : resources) {
            String name = r.getFilename();
            if (name.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(name::endsWith)) {
                matching.add(r);
            }
        }
        return matching;
    }

    private static final class UrlResource extends LoadableResource {
        private final String location;
        private final String filename;
        private final URL url;

        UrlResource(String location, String filename, URL url) {
            this.location = location;
            this.filename = filename;
            this.url = url;
        }

        @Override
        public Reader read() {
            try {
                return new InputStreamReader(url.openStream(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read migration " + url, e);
            }
        }

        @Override
        public String getAbsolutePath() {
            return location + "/" + filename;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return url.toExternalForm();
        }

        @Override
        public String getFilename() {
            return filename;
        }

        @Override
        public String getRelativePath() {
            return filename;
        }
    }
}
