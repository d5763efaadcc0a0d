package dk.sosuhub.core.internal.schema;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * The one-time handover from release 0.1's layout, where core's Flyway history {@code flyway_schema_history}
 * held every table (V1-V5, modules' tables included), to one history per owner.
 * <p>
 * It recognises a 0.1 database (the old history present and at V5, {@code schema_history_core} absent) and
 * baselines core, knowledge and kpi at their V1, whose tables are exactly what 0.1's V1-V5 made. Nothing is
 * created, changed or dropped; the old history table stays as a record. The 0.1 modules also get their first
 * installation recorded at the old V1's date, since they were installed from the start. A database to be handed
 * over with the old history at another version is refused (core does not start): it never came from a release.
 * Once core has its own history, the old one is only a record and is not read again.
 * <p>
 * This is the only place in core that knows module ids; it concerns only databases made by release 0.1.
 */
public final class LegacyHandover {

    private static final Logger LOG = LoggerFactory.getLogger(LegacyHandover.class);

    static final String OLD_HISTORY = "flyway_schema_history";
    static final String OLD_VERSION = "5";
    /** The modules whose tables 0.1 kept in core's history, baselined at their V1. */
    static final List<String> MODULES_0_1_TABLES = List.of("knowledge", "kpi");
    /** Every module 0.1 shipped (students has no tables). */
    static final List<String> MODULES_0_1 = List.of("knowledge", "kpi", "students");

    private LegacyHandover() {
    }

    /** Before core's migrations: baselines core, knowledge and kpi on a 0.1 database. @return whether it did */
    public static boolean beforeCore(DataSource dataSource, ClassLoader classLoader) throws SQLException {
        // At every start after the first, core has its own history: handed over already, or never 0.1's. A plain
        // query tells that (Derby's metadata lookups, whose first use compiles a large query, cost ~0.1 s of CPU).
        if (readable(dataSource, Migrations.historyTable(Migrations.CORE))) {
            return false;
        }
        Timestamp since = releaseInstalledOn(dataSource);
        if (since == null) {
            return false;
        }
        String description = "0.1 tables, from " + OLD_HISTORY;
        Migrations.baseline(dataSource, Migrations.CORE, "1", description, classLoader);
        for (String module : MODULES_0_1_TABLES) {
            if (readableName(dataSource, Migrations.historyTable(module)) == null) {
                Migrations.baseline(dataSource, module, "1", description, classLoader);
            }
        }
        LOG.info("Release 0.1 database handed over: core, {} baselined at V1 with their own histories; {} kept as a record",
                String.join(", ", MODULES_0_1_TABLES), OLD_HISTORY);
        return true;
    }

    /** After core's migrations (module_installation exists): the 0.1 modules' first installation, if unknown. */
    public static void afterCore(DataSource dataSource) throws SQLException {
        List<String> unknown = new ArrayList<>();
        for (String module : MODULES_0_1) {
            if (ModuleInstallations.firstInstalled(dataSource, module).isEmpty()) {
                unknown.add(module);
            }
        }
        if (unknown.isEmpty()) {
            return; // nothing left to record, whatever the database's past (and the old history is not read)
        }
        Timestamp since = releaseInstalledOn(dataSource);
        if (since == null) {
            return;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement plain = c.prepareStatement(
                     "INSERT INTO module_installation (module_id, first_installed_at) VALUES (?, ?)")) {
            for (String module : unknown) {
                plain.setString(1, module);
                plain.setTimestamp(2, since);
                plain.executeUpdate();
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
    }

    /** Whether the table is there to read (a query that fails when it is not). */
    private static boolean readable(DataSource dataSource, String table) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
            return rs.next();
        } catch (SQLException absent) {
            return false;
        }
    }

    /**
     * The table's name as the database stores it (Flyway quotes: lowercase; upper case if it was made unquoted), or
     * null if there is none: the name a plain query can read.
     */
    private static String readableName(DataSource dataSource, String name) {
        return readable(dataSource, name) ? name : readable(dataSource, name.toUpperCase()) ? name.toUpperCase() : null;
    }

    /** @return when 0.1's V1 ran, if the old history is there; null if not */
    private static Timestamp releaseInstalledOn(DataSource dataSource) throws SQLException {
        String table = readableName(dataSource, OLD_HISTORY);
        if (table == null) {
            return null;
        }
        String max = null;
        Timestamp v1 = null;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"version\", \"success\", \"installed_on\" FROM \"" + table + "\"")) {
            while (rs.next()) {
                String version = rs.getString(1);
                if (version == null || !rs.getBoolean(2)) {
                    continue;
                }
                if ("1".equals(version)) {
                    v1 = rs.getTimestamp(3);
                }
                if (max == null || Integer.parseInt(version) > Integer.parseInt(max)) {
                    max = version;
                }
            }
        }
        if (!OLD_VERSION.equals(max) || v1 == null) {
            throw new IllegalStateException("The database has the old schema history " + OLD_HISTORY + " at version " + max
                    + ", but only release 0.1's (V" + OLD_VERSION + ") can be handed over");
        }
        return v1;
    }
}
