package dk.sosuhub.core.internal;

import dk.sosuhub.core.api.MunicipalityService;
import dk.sosuhub.core.api.error.ConflictException;
import dk.sosuhub.core.api.error.NotFoundException;
import dk.sosuhub.core.api.module.ModuleInfo;
import dk.sosuhub.core.api.module.ModuleSchema;
import dk.sosuhub.core.api.module.ModuleService;
import dk.sosuhub.core.api.module.SosuModule;
import dk.sosuhub.core.internal.persistence.ModuleSettingEntity;
import dk.sosuhub.core.internal.persistence.MunicipalityEntity;
import dk.sosuhub.core.internal.persistence.Schema;
import dk.sosuhub.core.internal.schema.BundleMigrations;
import dk.sosuhub.core.internal.schema.Migrations;
import dk.sosuhub.core.internal.schema.ModuleInstallations;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Knows the installed modules and which municipality has which switched on ({@link #isEnabled}: a shipped
 * module is on unless switched off, another module only once the municipality opts in when it existed before
 * the module); the switches live in the database and are cached here because every API request asks.
 * <p>
 * Installing a module (the data part of the module contract, see {@link ModuleSchema}): for every registered
 * {@link SosuModule}, its bundle's migrations ({@code db/<id>/*.sql}) run on the shared DataSource with the
 * history {@code schema_history_<id>}, its first installation is recorded, and only then is it listed as
 * installed and its {@link ModuleSchema} registered through the module bundle's own context. This runs on one
 * thread of its own, in the order the modules come, so that no service registration happens inside a DS bind.
 */
@Component(service = ModuleService.class, immediate = true, configurationPid = "dk.sosuhub.modules")
@Designate(ocd = ModuleServiceImpl.Config.class)
public class ModuleServiceImpl implements ModuleService {

    @ObjectClassDefinition(name = "SOSU Hub modules")
    public @interface Config {
        @AttributeDefinition(description = "The modules shipped with the platform: on in every municipality unless "
                + "it switches them off. Any other module is off where the municipality existed before the module "
                + "was first installed, until the municipality switches it on.")
        String[] shipped() default {"students", "kpi", "knowledge", "placements"};
    }

    private static final Logger LOG = LoggerFactory.getLogger(ModuleServiceImpl.class);

    /** One registered SosuModule service; installed once its migrations ran. */
    private static final class Entry {
        final SosuModule module;
        final Bundle bundle;
        private boolean gone;
        private ServiceRegistration<ModuleSchema> registration;

        Entry(SosuModule module, Bundle bundle) {
            this.module = module;
            this.bundle = bundle;
        }

        synchronized boolean gone() {
            return gone;
        }

        /** @return false if the module went away meanwhile (then the registration is undone) */
        boolean registered(ServiceRegistration<ModuleSchema> reg) {
            synchronized (this) {
                if (!gone) {
                    registration = reg;
                    return true;
                }
            }
            unregister(reg);
            return false;
        }

        void remove() {
            ServiceRegistration<ModuleSchema> reg;
            synchronized (this) {
                gone = true;
                reg = registration;
                registration = null;
            }
            unregister(reg);
        }

        private static void unregister(ServiceRegistration<ModuleSchema> reg) {
            if (reg != null) {
                try {
                    reg.unregister();
                } catch (IllegalStateException alreadyGoneWithItsBundle) {
                    // fine
                }
            }
        }
    }

    private record RegisteredSchema(String moduleId, String version) implements ModuleSchema {
    }

    private final Set<String> shipped;
    private final JpaTemplate jpa;
    private final DataSource dataSource;
    private final MunicipalityService municipalities;
    private final ExecutorService installer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sosuhub-module-installer");
        t.setDaemon(true);
        return t;
    });

    private final Map<ServiceReference<SosuModule>, Entry> tracked = new ConcurrentHashMap<>();
    private final Map<String, Entry> installed = new ConcurrentHashMap<>();
    /** municipality + ':' + module id → enabled */
    private final Map<String, Boolean> switches = new ConcurrentHashMap<>();

    @Activate
    public ModuleServiceImpl(@Reference(target = "(osgi.unit.name=sosuhub)") JpaTemplate jpa,
                             @Reference Schema schema,
                             @Reference(target = "(osgi.jndi.service.name=sosuhub)") DataSource dataSource,
                             @Reference MunicipalityService municipalities, Config config) {
        this.shipped = Set.of(config.shipped());
        this.jpa = jpa;
        this.dataSource = dataSource;
        this.municipalities = municipalities;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindModule(SosuModule module, ServiceReference<SosuModule> ref) {
        Entry entry = new Entry(module, ref.getBundle());
        tracked.put(ref, entry);
        installer.execute(() -> install(entry));
    }

    void unbindModule(SosuModule module, ServiceReference<SosuModule> ref) {
        Entry entry = tracked.remove(ref);
        if (entry != null) {
            entry.remove();
            installed.remove(module.id(), entry);
        }
    }

    @Deactivate
    void deactivate() {
        installer.shutdownNow();
        tracked.values().forEach(Entry::remove);
        tracked.clear();
        installed.clear();
    }

    private void install(Entry entry) {
        String id = entry.module.id();
        if (entry.gone()) {
            return;
        }
        String version;
        try {
            if (!Migrations.validId(id)) {
                throw new IllegalArgumentException("a module id is lowercase letters, digits and '-', starting with a letter");
            }
            BundleMigrations migrations = BundleMigrations.of(entry.bundle, id);
            version = "";
            if (migrations != null) {
                Migrations.Outcome result = Migrations.bringUpToDate(dataSource, id, migrations.scripts(), migrations,
                        Schema.class.getClassLoader());
                version = result.version();
                LOG.info("Module {}: schema at version {} ({} of {} migrations applied now, history {})", id, version,
                        result.applied(), migrations.size(), Migrations.historyTable(id));
            }
            ModuleInstallations.recordFirst(dataSource, id);
        } catch (RuntimeException | SQLException e) {
            LOG.error("Module {} (bundle {}) is not installed: its schema migration failed", id,
                    entry.bundle.getSymbolicName(), e);
            return;
        }
        if (entry.gone()) {
            return;
        }
        installed.put(id, entry);
        try {
            BundleContext context = entry.bundle.getBundleContext();
            Dictionary<String, Object> properties = new Hashtable<>();
            properties.put(ModuleSchema.PROPERTY, id);
            if (context == null || !entry.registered(context.registerService(ModuleSchema.class,
                    new RegisteredSchema(id, version), properties))) {
                installed.remove(id, entry);
            }
        } catch (IllegalStateException bundleStopped) {
            installed.remove(id, entry);
        }
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
    public Optional<Instant> firstInstalled(String moduleId) {
        try {
            return ModuleInstallations.firstInstalled(dataSource, moduleId);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the installation of module " + moduleId, e);
        }
    }

    @Override
    public List<MunicipalityModule> forMunicipality(String municipality) {
        municipalities.get(municipality);
        return installed().stream()
                .map(m -> new MunicipalityModule(m.id(), m.name(), isEnabled(municipality, m.id()), m.dependsOn()))
                .toList();
    }

    /**
     * The municipality's own switch when it has set one. Otherwise a module shipped with the platform is on, and
     * any other module is on only in municipalities that joined after it was first installed: a module installed
     * after a municipality existed is off there until that municipality's administrator switches it on.
     */
    @Override
    public boolean isEnabled(String municipality, String moduleId) {
        Boolean known = switches.get(municipality + ':' + moduleId);
        if (known != null) {
            return known;
        }
        Optional<Instant> first = shipped.contains(moduleId) ? Optional.of(Instant.MIN) : firstInstalled(moduleId);
        if (first.isEmpty()) {
            return false; // not installed yet: nothing to cache
        }
        boolean enabled = Tx.run(jpa, em -> {
            ModuleSettingEntity setting = em.find(ModuleSettingEntity.class, new ModuleSettingEntity.Key(municipality, moduleId));
            if (setting != null) {
                return setting.enabled();
            }
            MunicipalityEntity joined = em.find(MunicipalityEntity.class, municipality);
            return joined != null && joined.createdAt().isAfter(first.get());
        });
        switches.put(municipality + ':' + moduleId, enabled);
        return enabled;
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

    private static ModuleInfo info(Entry i) {
        return new ModuleInfo(i.module.id(), i.module.name(), i.module.description(),
                i.bundle.getVersion().toString(), state(i.bundle),
                i.module.dependsOn().stream().sorted().collect(Collectors.toList()));
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
