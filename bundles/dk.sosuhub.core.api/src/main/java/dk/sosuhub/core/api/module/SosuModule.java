package dk.sosuhub.core.api.module;

import java.util.Set;

/**
 * A feature module of the platform. Every module bundle registers one of these as a Declarative Services
 * component; while it is registered the module is "installed". Each municipality switches installed modules
 * on and off (see {@link ModuleService}); the REST and SOAP faces of a module refuse a municipality that has
 * switched it off.
 */
public interface SosuModule {

    /** Stable id used in URLs and configuration, e.g. {@code students}, {@code knowledge}, {@code kpi}. */
    String id();

    /** Danish display name, e.g. "Elevregister". */
    String name();

    /** Danish one-sentence description for administrators. */
    String description();

    /** Ids of the modules this one needs enabled in the same municipality. */
    default Set<String> dependsOn() {
        return Set.of();
    }

    /**
     * Whether the module's doors read or change personal data about students; if so (the default), the platform
     * records every call of them in the municipality's audit trail. A module of shared, impersonal content (the
     * guides) says no.
     */
    default boolean personalData() {
        return true;
    }
}
