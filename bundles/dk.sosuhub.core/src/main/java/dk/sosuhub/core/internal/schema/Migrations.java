package dk.sosuhub.core.internal.schema;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Runs one owner's Flyway migrations: core's ({@code db/core}) or a module's ({@code db/<moduleId>}), each with
 * its own history table {@code schema_history_<id>} ({@code -} becomes {@code _}), all on the one DataSource.
 * Plain Java, no OSGi, so that the upgrade test runs exactly this.
 */
public final class Migrations {

    /** Core's own history; core is not a module but follows the same rules. */
    public static final String CORE = "core";

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private Migrations() {
    }

    public static boolean validId(String id) {
        return id != null && id.length() <= 50 && ID.matcher(id).matches();
    }

    /** Where an owner's migrations are, inside its bundle or on a class path. */
    public static String location(String id) {
        return "db/" + id;
    }

    public static String historyTable(String id) {
        if (!validId(id)) {
            throw new IllegalArgumentException("Not a module id (lowercase letters, digits and '-'): " + id);
        }
        return "schema_history_" + id.replace('-', '_');
    }

    /** Where an owner's schema stands after {@link #bringUpToDate}: its version and how many migrations ran now. */
    public record Outcome(String version, int applied) {
    }

    /**
     * Brings an owner's tables up to date. When its history already records exactly the shipped migrations
     * ({@link AppliedHistory}: a restart, as a rule) Flyway is not started at all; otherwise Flyway migrates.
     *
     * @param shipped   the owner's migrations as shipped, compared with its history; null to leave it all to Flyway
     * @param resources what Flyway reads: as for {@link #migrate}
     */
    public static Outcome bringUpToDate(DataSource dataSource, String id, List<AppliedHistory.Script> shipped,
                                        ResourceProvider resources, ClassLoader classLoader) {
        if (shipped != null) {
            Optional<String> current = AppliedHistory.currentVersion(dataSource, id, shipped);
            if (current.isPresent()) {
                return new Outcome(current.get(), 0);
            }
        }
        MigrateResult result = retryingRollbacks(id, () -> migrate(dataSource, id, resources, classLoader));
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion
                : result.initialSchemaVersion != null ? result.initialSchemaVersion : "";
        return new Outcome(version, result.migrationsExecuted);
    }

    /**
     * Runs a migration again when the database rolled it back whole to break a deadlock or a lock wait (SQLState
     * class 40), at most three times. A module's first migration can meet other writes on core's tables (its foreign
     * keys lock them), e.g. a module installed at runtime while the platform is in use; Flyway runs each migration in
     * a transaction of its own, so what was rolled back is simply applied again.
     */
    static <T> T retryingRollbacks(String id, Supplier<T> migration) {
        for (int attempt = 1; ; attempt++) {
            try {
                return migration.get();
            } catch (RuntimeException e) {
                if (attempt == 3 || !rolledBack(e)) {
                    throw e;
                }
                LOG.warn("Schema of {}: the database rolled a migration back to break a deadlock or a lock wait; applying it again", id);
                try {
                    Thread.sleep(200L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Whether the database rolled the transaction back (SQLState class 40: deadlock, lock timeout, serialization). */
    static boolean rolledBack(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param resources the owner's migrations, or null to let Flyway scan {@code classpath:db/<id>} of
     *                  {@code classLoader} (plain JVM and tests)
     * @param classLoader Flyway's own class loader (it loads its database support through it)
     */
    public static MigrateResult migrate(DataSource dataSource, String id, ResourceProvider resources,
                                        ClassLoader classLoader) {
        return configure(dataSource, id, resources, classLoader).load().migrate();
    }

    /** Marks an owner's tables as already present at {@code version} (they were created before it had a history). */
    public static void baseline(DataSource dataSource, String id, String version, String description,
                                ClassLoader classLoader) {
        configure(dataSource, id, BundleMigrations.NONE, classLoader)
                .baselineOnMigrate(false).baselineVersion(version).baselineDescription(description).load().baseline();
    }

    private static FluentConfiguration configure(DataSource dataSource, String id, ResourceProvider resources,
                                                 ClassLoader classLoader) {
        FluentConfiguration config = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .table(historyTable(id))
                .locations("classpath:" + location(id))
                .cleanDisabled(true)
                // Several owners share one schema: the first run of an owner finds other owners' tables and no
                // history of its own, which Flyway accepts only with a baseline; version 0 so that its V1 runs.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .baselineDescription("before the first migration of " + id);
        if (resources != null) {
            // no class-path scanning at all: SQL from the provider, no Java migrations
            config.resourceProvider(resources).javaMigrationClassProvider(List::<Class<? extends JavaMigration>>of);
        }
        return config;
    }
}
