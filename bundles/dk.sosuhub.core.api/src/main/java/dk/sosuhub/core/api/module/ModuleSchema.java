package dk.sosuhub.core.api.module;

/**
 * The module contract's data part: the proof that a module's tables exist. A module owns its tables and brings
 * them as Flyway migrations in its own bundle, {@code src/main/resources/db/<moduleId>/V<n>__<description>.sql}
 * (SQL in the subset Derby and PostgreSQL share; released files are never edited, a change is a new file).
 * Module ids match {@code [a-z][a-z0-9-]*}.
 * <p>
 * When a {@link SosuModule} service is registered, core runs that bundle's migrations on the shared DataSource
 * ({@code osgi.jndi.service.name=sosuhub}) with the module's own history table {@code schema_history_<moduleId>}
 * ({@code -} becomes {@code _}), records the first installation, and only then lists the module as installed
 * and registers this service, with the property {@value #PROPERTY}{@code =<moduleId>}, through the module
 * bundle's own BundleContext (so it goes away with the bundle). The module's persistence components wait for it:
 * <pre>{@code @Reference(target = "(sosuhub.module=knowledge)") ModuleSchema schema}</pre>
 * A failed migration is logged with the module id and the module is not installed; the rest of the platform
 * keeps running. Uninstalling a module never drops its tables: reinstalled, its data is back.
 */
public interface ModuleSchema {

    /** The service property naming the module, e.g. {@code (sosuhub.module=kpi)}. */
    String PROPERTY = "sosuhub.module";

    String moduleId();

    /** The version the module's migrations reached, e.g. {@code "1"}; empty for a module without migrations. */
    String version();
}
