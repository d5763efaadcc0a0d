package dk.sosuhub.platform.internal;

import dk.sosuhub.core.api.error.ConflictException;
import dk.sosuhub.core.api.error.NotFoundException;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * Installs and uninstalls the platform's features at runtime: the {@code sosuhub-*} ones and every feature built
 * on the platform, whatever its name (an integrator's module from a KAR depends on a {@code sosuhub-*} feature,
 * directly or through another feature). Karaf's and CXF's own features are not listed. The
 * features that carry the platform itself cannot be uninstalled through the API: that would cut the branch the
 * administrator sits on (the Karaf shell can still do it).
 */
@Component(service = FeatureAdmin.class)
public class FeatureAdmin {

    public record FeatureInfo(String name, String version, String description, boolean installed, boolean required) {
    }

    static final String PREFIX = "sosuhub-";
    static final Set<String> REQUIRED = Set.of("sosuhub-core", "sosuhub-web", "sosuhub-platform");

    private final FeaturesService features;

    @Activate
    public FeatureAdmin(@Reference FeaturesService features) {
        this.features = features;
    }

    public List<FeatureInfo> list() {
        try {
            Feature[] all = features.listFeatures();
            Map<String, Feature> byName = new HashMap<>();
            for (Feature f : all) {
                byName.putIfAbsent(f.getName(), f);
            }
            Map<String, Boolean> memo = new HashMap<>();
            return Arrays.stream(all)
                    .filter(f -> isPlatformFeature(f.getName(), byName, memo, new HashSet<>()))
                    .map(this::info)
                    .sorted(Comparator.comparing(FeatureInfo::name))
                    .toList();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot list features", e);
        }
    }

    public FeatureInfo get(String name) {
        return list().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("No platform feature '" + name + "'"));
    }

    /** A {@code sosuhub-*} feature, or one that depends (directly or through others) on one. */
    static boolean isPlatformFeature(String name, Map<String, Feature> byName, Map<String, Boolean> memo, Set<String> visiting) {
        if (name.startsWith(PREFIX)) {
            return true;
        }
        Boolean known = memo.get(name);
        if (known != null) {
            return known;
        }
        Feature feature = byName.get(name);
        if (feature == null || !visiting.add(name)) {
            return false;
        }
        boolean platform = feature.getDependencies().stream()
                .anyMatch(d -> isPlatformFeature(d.getName(), byName, memo, visiting));
        memo.put(name, platform);
        return platform;
    }

    public FeatureInfo setInstalled(String name, boolean installed) {
        FeatureInfo current = get(name);
        if (current.installed() == installed) {
            return current;
        }
        if (!installed && current.required()) {
            throw new ConflictException("Feature '" + name + "' carries the platform itself and cannot be uninstalled",
                    List.of(name));
        }
        if (!installed) {
            List<String> dependents = installedDependents(name);
            if (!dependents.isEmpty()) {
                throw new ConflictException("Feature '" + name + "' is needed by " + String.join(", ", dependents)
                        + "; uninstall those first", dependents);
            }
        }
        try {
            // No refresh of other bundles: the request that asks for this must be able to finish.
            EnumSet<FeaturesService.Option> options = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);
            if (installed) {
                features.installFeature(name, current.version(), options);
            } else {
                features.uninstallFeature(name, current.version(), options);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not " + (installed ? "install" : "uninstall") + " " + name, e);
        }
        return get(name);
    }

    /** Installed platform features that name {@code name} among their own features. */
    private List<String> installedDependents(String name) {
        try {
            Set<String> platform = list().stream().map(FeatureInfo::name).collect(java.util.stream.Collectors.toSet());
            return Arrays.stream(features.listInstalledFeatures())
                    .filter(f -> platform.contains(f.getName()))
                    .filter(f -> f.getDependencies().stream().anyMatch(d -> d.getName().equals(name)))
                    .map(Feature::getName).sorted().toList();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot list installed features", e);
        }
    }

    private FeatureInfo info(Feature f) {
        try {
            return new FeatureInfo(f.getName(), f.getVersion(), f.getDescription(), features.isInstalled(f),
                    REQUIRED.contains(f.getName()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
