package dk.sosuhub.web.internal;

import dk.sosuhub.core.api.module.SosuModule;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who owns a door (a REST resource, a SOAP service, a page): the module whose bundle registered it. A bundle that
 * registers a {@link SosuModule} service is that module; its doors are checked against that module's switch in
 * the caller's municipality. Only the platform's own bundles may serve doors without being a module. Every
 * other bundle's doors are refused: nothing here depends on an annotation that a module could forget.
 */
@Component(service = ModuleOwners.class)
public class ModuleOwners {

    /** The bundles that carry the platform itself (administration, the API document). */
    static final Set<String> PLATFORM_BUNDLES = Set.of("dk.sosuhub.web", "dk.sosuhub.platform");

    /** The owner of a door: the platform, or one module. */
    public record Owner(String moduleId) {
        static final Owner PLATFORM = new Owner(null);

        boolean isPlatform() {
            return moduleId == null;
        }
    }

    /** Ids of the modules whose doors handle no personal data (their calls are not audited). */
    private final Set<String> impersonal = ConcurrentHashMap.newKeySet();

    /** bundle id → the ids of the modules it registers (more than one is ambiguous and owns nothing) */
    private final Map<Long, Set<String>> modulesByBundle = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindModule(SosuModule module, ServiceReference<SosuModule> reference) {
        if (!module.personalData()) {
            impersonal.add(module.id());
        }
        modulesByBundle.merge(reference.getBundle().getBundleId(), Set.of(module.id()), (a, b) -> {
            Set<String> both = new java.util.HashSet<>(a);
            both.addAll(b);
            return Set.copyOf(both);
        });
    }

    void unbindModule(SosuModule module, ServiceReference<SosuModule> reference) {
        modulesByBundle.computeIfPresent(reference.getBundle().getBundleId(), (id, ids) -> {
            Set<String> rest = new java.util.HashSet<>(ids);
            rest.remove(module.id());
            return rest.isEmpty() ? null : Set.copyOf(rest);
        });
    }

    /** Whether calls of the module's doors are recorded in the audit trail. */
    public boolean holdsPersonalData(String moduleId) {
        return moduleId != null && !impersonal.contains(moduleId);
    }

    /** The owner of doors registered by {@code bundle}, empty when it is neither the platform nor one module. */
    public Optional<Owner> ownerOf(Bundle bundle) {
        if (bundle == null) {
            return Optional.empty();
        }
        if (PLATFORM_BUNDLES.contains(bundle.getSymbolicName())) {
            return Optional.of(Owner.PLATFORM);
        }
        Set<String> ids = modulesByBundle.get(bundle.getBundleId());
        return ids != null && ids.size() == 1 ? Optional.of(new Owner(ids.iterator().next())) : Optional.empty();
    }

    /** Whether doors from this bundle follow the platform's rules rather than a module's. */
    static boolean isPlatformBundle(Bundle bundle) {
        return bundle != null && PLATFORM_BUNDLES.contains(bundle.getSymbolicName());
    }
}
