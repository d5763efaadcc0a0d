package dk.sosuhub.platform.internal;

import dk.sosuhub.core.api.error.ConflictException;
import dk.sosuhub.core.api.error.NotFoundException;
import dk.sosuhub.core.api.error.ValidationException;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.kar.KarService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Installs an integrator's KAR (Karaf archive: a features repository with its bundles) at runtime. An archive is
 * checked before anything changes (a zip with a features repository whose features are new to the platform),
 * installed without starting its features, and every feature it brings is then resolved against the running
 * platform without being installed (Karaf's simulate): a KAR whose bundles would not resolve is removed again and
 * refused, so the platform is left as it was. Its features are then started like any other
 * ({@link FeatureAdmin#setInstalled}).
 */
@Component(service = KarAdmin.class)
public class KarAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(KarAdmin.class);
    /** repository/<group path>/<artifactId>/<version>/<artifactId>-<version>[-classifier].xml */
    private static final Pattern FEATURES_ENTRY = Pattern.compile("repository/(?:.+/)?([^/]+)/([^/]+)/\\1-\\2(?:-[^/]+)?\\.xml");
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    /** An installed KAR and the features it brought. */
    public record KarInfo(String name, List<String> features) {
    }

    private final KarService kars;
    private final FeaturesService features;

    @Activate
    public KarAdmin(@Reference KarService kars, @Reference FeaturesService features) {
        this.kars = kars;
        this.features = features;
    }

    public List<KarInfo> list() {
        try {
            return kars.list().stream().sorted().map(name -> new KarInfo(name, featuresOf(name))).toList();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot list the installed KARs", e);
        }
    }

    /** Checks, installs and resolves the archive; on any failure the platform is as before. */
    public synchronized KarInfo install(InputStream archive) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("sosuhub-kar");
            Path upload = dir.resolve("upload");
            Files.copy(archive, upload);
            Contents contents = read(upload);
            if (kars.list().contains(contents.name())) {
                throw new ConflictException("A KAR named '" + contents.name() + "' is installed already; remove it first",
                        List.of(contents.name()));
            }
            List<String> taken = contents.features().stream().filter(this::exists).toList();
            if (!taken.isEmpty()) {
                throw new ConflictException("The platform has features named " + String.join(", ", taken)
                        + " already", taken);
            }
            Path kar = Files.move(upload, dir.resolve(contents.name() + ".kar"));
            try {
                // Karaf installs a KAR's features with it (here without starting their bundles), which proves that
                // they resolve in this platform; they are then uninstalled again, for the administrator to start
                kars.install(kar.toUri(), true);
                for (String feature : contents.features()) {
                    if (features.isInstalled(features.getFeature(feature))) {
                        features.uninstallFeature(feature, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
                    }
                    features.installFeature(feature, EnumSet.of(FeaturesService.Option.Simulate,
                            FeaturesService.Option.NoAutoRefreshBundles));
                }
            } catch (Exception e) {
                removeQuietly(contents.name());
                throw new ValidationException("kar", "its features do not resolve in this platform: " + rootMessage(e));
            }
            LOG.info("KAR {} installed with features {}", contents.name(), contents.features());
            return new KarInfo(contents.name(), contents.features());
        } catch (ConflictException | ValidationException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Could not install the KAR", e);
        } finally {
            delete(dir);
        }
    }

    /** Uninstalls the KAR, its features with it; their data stays in the database. */
    public synchronized void uninstall(String name) {
        try {
            if (!kars.list().contains(name)) {
                throw new NotFoundException("No installed KAR '" + name + "'");
            }
            kars.uninstall(name, true);
            LOG.info("KAR {} uninstalled", name);
        } catch (NotFoundException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Could not uninstall the KAR " + name, e);
        }
    }

    private record Contents(String name, List<String> features) {
    }

    private void removeQuietly(String name) {
        try {
            if (kars.list().contains(name)) {
                kars.uninstall(name, true);
            }
        } catch (Exception e) {
            LOG.warn("Could not remove the refused KAR {}", name, e);
        }
    }

    /** The features of an installed KAR, read from its features repository where Karaf keeps it (data/kar/<name>). */
    private static List<String> featuresOf(String name) {
        Path stored = Path.of(System.getProperty("karaf.data", "data"), "kar", name);
        if (!Files.isDirectory(stored)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(stored)) {
            return files.filter(f -> f.toString().endsWith(".xml")).sorted().flatMap(f -> {
                try {
                    return featureNames(Files.readAllBytes(f)).stream();
                } catch (IOException | ValidationException e) {
                    return Stream.empty();
                }
            }).distinct().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The name (artifactId-version of its features repository) and the features of an archive. */
    static Contents read(Path archive) throws IOException {
        String name = null;
        List<String> names = new ArrayList<>();
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                entries++;
                Matcher m = FEATURES_ENTRY.matcher(entry.getName());
                if (!entry.isDirectory() && m.matches()) {
                    List<String> found = featureNames(zip.readNBytes(4 * 1024 * 1024));
                    if (!found.isEmpty()) {
                        names.addAll(found);
                        name = name == null ? m.group(1) + "-" + m.group(2) : name;
                    }
                }
            }
        } catch (ZipException e) {
            throw new ValidationException("kar", "is not a valid KAR (zip) archive: " + e.getMessage());
        }
        if (entries == 0) {
            throw new ValidationException("kar", "is not a valid KAR (zip) archive");
        }
        if (name == null || names.isEmpty()) {
            throw new ValidationException("kar", "holds no features repository under repository/ with a feature in it");
        }
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new ValidationException("kar", "has a repository name that cannot be a KAR name: " + name);
        }
        return new Contents(name, List.copyOf(names));
    }

    private static List<String> featureNames(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml));
            if (!"features".equals(doc.getDocumentElement().getLocalName())) {
                return List.of();
            }
            List<String> names = new ArrayList<>();
            NodeList children = doc.getDocumentElement().getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                if (children.item(i) instanceof Element e && "feature".equals(e.getLocalName())) {
                    names.add(e.getAttribute("name"));
                }
            }
            return names;
        } catch (Exception e) {
            throw new ValidationException("kar", "holds a features repository that is not valid XML: " + e.getMessage());
        }
    }

    private boolean exists(String feature) {
        try {
            return Stream.of(features.listFeatures()).anyMatch(f -> f.getName().equals(feature));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("Could not remove {}", dir, e);
        }
    }
}
