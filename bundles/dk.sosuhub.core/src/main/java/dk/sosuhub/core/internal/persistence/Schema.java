package dk.sosuhub.core.internal.persistence;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;

/**
 * Brings the database schema up to date with the versioned SQL migrations in {@code db/migration}
 * (Flyway), then registers itself so that the services that use the database start only afterwards.
 * Policy: migrations are append-only; a released V-file is never edited, a change is a new V-file.
 */
@Component(service = Schema.class, immediate = true)
public class Schema {

    private static final Logger LOG = LoggerFactory.getLogger(Schema.class);

    @Activate
    public Schema(@Reference(target = "(osgi.jndi.service.name=sosuhub)") DataSource dataSource) {
        MigrateResult result = Flyway.configure(Schema.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info("Database schema at version {} ({} migrations applied now)",
                result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion,
                result.migrationsExecuted);
    }
}
