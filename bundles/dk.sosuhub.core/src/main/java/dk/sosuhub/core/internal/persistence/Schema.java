package dk.sosuhub.core.internal.persistence;

import dk.sosuhub.core.internal.schema.BundleMigrations;
import dk.sosuhub.core.internal.schema.EmbeddedTemplate;
import dk.sosuhub.core.internal.schema.LegacyHandover;
import dk.sosuhub.core.internal.schema.Migrations;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Brings core's own tables up to date with the versioned SQL migrations in {@code db/core} (Flyway, history
 * {@code schema_history_core}), after handing a release 0.1 database over ({@link LegacyHandover}) or, for a new
 * embedded database, copying the distribution's template of these same migrations ({@link EmbeddedTemplate}), then
 * registers itself so that the services that use the database start only afterwards. Modules' tables are the
 * modules' own (see {@link dk.sosuhub.core.api.module.ModuleSchema}).
 * Policy: migrations are append-only; a released V-file is never edited, a change is a new V-file.
 */
@Component(service = Schema.class, immediate = true)
public class Schema {

    private static final Logger LOG = LoggerFactory.getLogger(Schema.class);

    @Activate
    public Schema(@Reference(target = "(osgi.jndi.service.name=sosuhub)") DataSource dataSource) throws SQLException {
        // a new embedded database starts as a copy of the distribution's template of core's schema, if it has one
        EmbeddedTemplate.copyIfNew(dataSource, Path.of(System.getProperty("karaf.home", "."), EmbeddedTemplate.LOCATION));
        migrate(dataSource, Schema.class.getClassLoader());
    }

    /**
     * Core's part of the schema: the 0.1 handover, then {@code db/core}. Under OSGi core's bundle entries are
     * compared with the history first, so that a restart need not start Flyway; on a plain class path (the upgrade
     * test) Flyway alone decides.
     */
    public static Migrations.Outcome migrate(DataSource dataSource, ClassLoader classLoader) throws SQLException {
        LegacyHandover.beforeCore(dataSource, classLoader);
        Bundle core = FrameworkUtil.getBundle(Schema.class);
        BundleMigrations shipped = core != null ? BundleMigrations.of(core, Migrations.CORE) : null;
        Migrations.Outcome result = Migrations.bringUpToDate(dataSource, Migrations.CORE,
                shipped != null ? shipped.scripts() : null, null, classLoader);
        LegacyHandover.afterCore(dataSource);
        LOG.info("Core schema at version {} ({} migrations applied now)", result.version(), result.applied());
        return result;
    }
}
