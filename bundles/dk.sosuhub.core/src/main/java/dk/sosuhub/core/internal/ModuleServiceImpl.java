package dk.sosuhub.core.internal;

import dk.sosuhub.core.api.MunicipalityService;
import dk.sosuhub.core.api.error.ConflictException;
import dk.sosuhub.core.api.error.NotFoundException;
import dk.sosuhub.core.api.module.ModuleInfo;
import dk.sosuhub.core.api.module.ModuleService;
import dk.sosuhub.core.api.module.SosuModule;
import dk.sosuhub.core.internal.persistence.ModuleSettingEntity;
import dk.sosuhub.core.internal.persistence.Schema;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Knows the installed modules (every registered {@link SosuModule} service) and which municipality has which
 * switched on. A module is on unless the municipality has switched it off; the switches live in the database
 * and are cached here because every API request asks.
 */
@Component(service = ModuleService.class)
public class ModuleServiceImpl implements ModuleService {

    private record Installed(SosuModule module, Bundle bundle) {
    }

    private final Map<String, Installed> installed = new ConcurrentHashMap<>();
    /** municipality + ':' + module id → enabled */
    private final Map<String, Boolean> switches = new ConcurrentHashMap<>();

    @Reference(target = "(osgi.unit.name=sosuhub)")
    private JpaTemplate jpa;

    @Reference
    private Schema schema;

    @Reference
    private MunicipalityService municipalities;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindModule(SosuModule module, ServiceReference<SosuModule> ref) {
        installed.put(module.id(), new Installed(module, ref.getBundle()));
    }

    void unbindModule(SosuModule module) {
        installed.remove(module.id(), installed.get(module.id()));
    }

    @Override
    public List<ModuleInfo> installed() {
        return installed.values().stream().map(ModuleServiceImpl::info)
                .sorted(Comparator.comparing(ModuleInfo::id)).toList();
    }

    @Override
    public Optional<ModuleInfo> find(String moduleId) {
        return Optional.ofNullable(installed.get(moduleId)).map(ModuleServiceImpl::info);
    }

    @Override
    public List<MunicipalityModule> forMunicipality(String municipality) {
        municipalities.get(municipality);
        return installed().stream()
                .map(m -> new MunicipalityModule(m.id(), m.name(), isEnabled(municipality, m.id()), m.dependsOn()))
                .toList();
    }

    @Override
    public boolean isEnabled(String municipality, String moduleId) {
        return switches.computeIfAbsent(municipality + ':' + moduleId, key -> Tx.run(jpa, em -> {
            ModuleSettingEntity setting = em.find(ModuleSettingEntity.class, new ModuleSettingEntity.Key(municipality, moduleId));
            return setting == null || setting.enabled();
        }));
    }

    @Override
    public MunicipalityModule setEnabled(String municipality, String moduleId, boolean enabled) {
        municipalities.get(municipality);
        ModuleInfo module = find(moduleId).orElseThrow(() -> new NotFoundException("No installed module '" + moduleId + "'"));
        if (enabled) {
            List<String> off = module.dependsOn().stream().filter(dep -> !isEnabled(municipality, dep) || !installed.containsKey(dep)).toList();
            if (!off.isEmpty()) {
                throw new ConflictException("Module '" + moduleId + "' needs " + String.join(", ", off)
                        + ", which must be installed and enabled first", off);
            }
        } else {
            List<String> dependents = installed().stream()
                    .filter(m -> m.dependsOn().contains(moduleId) && isEnabled(municipality, m.id()))
                    .map(ModuleInfo::id).toList();
            if (!dependents.isEmpty()) {
                throw new ConflictException("Module '" + moduleId + "' is needed by " + String.join(", ", dependents)
                        + "; switch those off first", dependents);
            }
        }
        Tx.run(jpa, em -> {
            ModuleSettingEntity setting = em.find(ModuleSettingEntity.class, new ModuleSettingEntity.Key(municipality, moduleId));
            if (setting == null) {
                em.persist(new ModuleSettingEntity(municipality, moduleId, enabled));
            } else {
                setting.setEnabled(enabled);
            }
            return null;
        });
        switches.put(municipality + ':' + moduleId, enabled);
        return new MunicipalityModule(module.id(), module.name(), enabled, module.dependsOn());
    }

    private static ModuleInfo info(Installed i) {
        return new ModuleInfo(i.module().id(), i.module().name(), i.module().description(),
                i.bundle().getVersion().toString(), state(i.bundle()),
                i.module().dependsOn().stream().sorted().collect(Collectors.toList()));
    }

    private static String state(Bundle bundle) {
        return switch (bundle.getState()) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.RESOLVED -> "RESOLVED";
            default -> "INSTALLED";
        };
    }
}
