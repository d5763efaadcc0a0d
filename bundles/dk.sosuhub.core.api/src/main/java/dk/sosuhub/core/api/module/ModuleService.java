package dk.sosuhub.core.api.module;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Installed modules and their per-municipality enablement (stored in the database). */
public interface ModuleService {

    /** A module's state for one municipality. */
    record MunicipalityModule(String id, String name, boolean enabled, List<String> dependsOn) {
    }

    /** The installed modules: registered {@link SosuModule}s whose migrations have run (see {@link ModuleSchema}). */
    List<ModuleInfo> installed();

    Optional<ModuleInfo> find(String moduleId);

    /**
     * When the module was first installed on this platform (its migrations first ran), whether or not it is
     * installed now; empty for a module never installed.
     */
    Optional<Instant> firstInstalled(String moduleId);

    List<MunicipalityModule> forMunicipality(String municipality);

    /**
     * Whether the module is on in the municipality: its administrator's switch when set; otherwise on for the
     * modules shipped with the platform, and for any other module only in municipalities that joined the platform
     * after the module was first installed (a module installed later is off until the municipality opts in).
     */
    boolean isEnabled(String municipality, String moduleId);

    /**
     * Switches a module on or off for one municipality.
     *
     * @throws dk.sosuhub.core.api.error.ConflictException naming the modules involved, when switching off a module
     *         that another enabled module needs, or switching on one whose dependencies are off
     */
    MunicipalityModule setEnabled(String municipality, String moduleId, boolean enabled);
}
