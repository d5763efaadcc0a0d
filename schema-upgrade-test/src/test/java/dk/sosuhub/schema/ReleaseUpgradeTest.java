package dk.sosuhub.schema;

import dk.sosuhub.core.internal.persistence.Schema;
import dk.sosuhub.core.internal.schema.Migrations;
import dk.sosuhub.core.internal.schema.ModuleInstallations;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A database made by release 0.1 (its V1-V5 verbatim, every table in one history {@code flyway_schema_history})
 * upgraded in place by the module-owned migrations: core's, then knowledge's and kpi's, as the platform runs them.
 * Every row of every table must be there afterwards, unchanged; a second run changes nothing; and a fresh
 * database gets the same tables, columns and indexes.
 */
class ReleaseUpgradeTest {

    private static final ClassLoader CL = ReleaseUpgradeTest.class.getClassLoader();
    /** The old history stays as a record; the new histories and module_installation are new. */
    private static final Set<String> HISTORIES = Set.of("flyway_schema_history", "schema_history_core",
            "schema_history_knowledge", "schema_history_kpi");

    private static final List<String> SUMMARY = new ArrayList<>();

    @AfterAll
    static void printSummary() {
        System.out.println("\n=== Release 0.1 upgrade test ===");
        SUMMARY.forEach(line -> System.out.println("  " + line));
        System.out.println();
    }

    @Test
    void aRelease01DatabaseUpgradesInPlaceWithNothingLost() throws Exception {
        DataSource db = derby("upgrade");
        Flyway.configure(CL).dataSource(db).locations("classpath:db/release-0.1").load().migrate();
        insertRelease01Data(db);
        Map<String, List<String>> before = rows(db);
        Instant releaseInstalled = single(db, "SELECT \"installed_on\" FROM \"flyway_schema_history\" WHERE \"version\" = '1'", ResultSet::getTimestamp).toInstant();

        migrateAll(db);
        Map<String, List<String>> after = rows(db);

        int tables = 0;
        int rows = 0;
        for (Map.Entry<String, List<String>> table : before.entrySet()) {
            assertEquals(table.getValue(), withoutColumnsAddedSince(table.getValue(), after.get(table.getKey())),
                    "rows of " + table.getKey());
            if (!HISTORIES.contains(table.getKey())) {
                tables++;
                rows += table.getValue().size();
            }
            assertTrue(!table.getValue().isEmpty() || HISTORIES.contains(table.getKey()), "no data in " + table.getKey());
        }
        SUMMARY.add("upgrade: " + tables + " data tables of release 0.1 compared row by row and column by column, "
                + rows + " rows, all equal (" + before.get("flyway_schema_history").size()
                + " rows of flyway_schema_history, kept as a record, equal too)");
        Set<String> added = new TreeSet<>(after.keySet());
        added.removeAll(before.keySet());
        assertEquals(Set.of("api_token", "audit_entry", "module_installation", "platform_setting", "schema_history_core", "schema_history_knowledge", "schema_history_kpi"), added);
        SUMMARY.add("upgrade: new tables " + added);

        assertEquals(List.of("1|BASELINE", "2|SQL", "3|SQL", "4|SQL", "5|SQL", "6|SQL", "7|SQL"), history(db, "core"));
        assertEquals(List.of("1|BASELINE"), history(db, "knowledge"));
        assertEquals(List.of("1|BASELINE"), history(db, "kpi"));
        SUMMARY.add("upgrade: core baselined at V1 and migrated to V7; knowledge and kpi baselined at V1");
        for (String module : List.of("students", "knowledge", "kpi")) {
            assertEquals(releaseInstalled, ModuleInstallations.firstInstalled(db, module).orElseThrow(), module);
        }
        SUMMARY.add("upgrade: students, knowledge, kpi first installed at release 0.1's V1 (" + releaseInstalled + ")");

        // identities continue after the kept rows
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO guide (slug, municipality, title, summary, body, audiences, topics, shipped, version,"
                    + " created_at, changed_at) VALUES ('250-ny', '250', 'Ny', 'Ny', 'Ny', 'STUDENT', '', FALSE, 0,"
                    + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            s.executeUpdate("DELETE FROM guide WHERE slug = '250-ny'");
        }

        Map<String, List<String>> once = rows(db);
        migrateAll(db);
        assertEquals(once, rows(db), "a second run changes nothing");
        SUMMARY.add("second run: all " + once.size() + " tables (histories included) unchanged");

        DataSource fresh = derby("fresh");
        migrateAll(fresh);
        Map<String, String> upgradedShape = shape(db);
        Map<String, String> freshShape = shape(fresh);
        upgradedShape.remove("flyway_schema_history");
        assertEquals(upgradedShape.keySet(), freshShape.keySet(), "tables");
        int columns = 0;
        int indexes = 0;
        for (String table : upgradedShape.keySet()) {
            if (!table.startsWith("schema_history_")) {
                assertEquals(upgradedShape.get(table), freshShape.get(table), "columns and indexes of " + table);
                for (String line : upgradedShape.get(table).split("\n")) {
                    if (line.startsWith("index ")) {
                        indexes++;
                    } else {
                        columns++;
                    }
                }
            }
        }
        SUMMARY.add("fresh database: the same " + freshShape.size() + " tables as the upgraded one; " + columns
                + " columns (name, type, size, nullability, identity) and " + indexes + " named indexes equal");
    }

    private static void migrateAll(DataSource db) throws SQLException {
        Schema.migrate(db, CL);
        for (String module : List.of("knowledge", "kpi", "students")) {
            if (CL.getResource(Migrations.location(module)) != null) {
                Migrations.migrate(db, module, null, CL);
            }
            ModuleInstallations.recordFirst(db, module);
        }
    }

    private static DataSource derby(String name) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:" + name + System.nanoTime());
        ds.setCreateDatabase("create");
        return ds;
    }

    /** Representative rows in every table release 0.1 had. */
    private static void insertRelease01Data(DataSource db) throws SQLException {
        String[] inserts = {
                "INSERT INTO municipality (code, name, created_at) VALUES ('250', 'Frederikssund', '2024-01-02 03:04:05.123')",
                "INSERT INTO municipality (code, name, created_at) VALUES ('751', 'Aarhus', '2024-01-03 10:00:00')",
                "INSERT INTO app_user (username, password_hash, roles, municipality, demo, created_at) VALUES"
                        + " ('admin', 'pbkdf2-sha256$1$x$y', 'platform-admin', NULL, TRUE, '2024-01-02 03:04:06')",
                "INSERT INTO app_user (username, password_hash, roles, municipality, demo, created_at) VALUES"
                        + " ('leder250', 'pbkdf2-sha256$1$a$b', 'municipality-admin,leader', '250', FALSE, '2024-02-01 08:00:00')",
                "INSERT INTO module_setting (municipality, module_id, enabled, updated_at) VALUES ('751', 'knowledge', FALSE, '2024-03-01 12:00:00')",
                "INSERT INTO module_setting (municipality, module_id, enabled, updated_at) VALUES ('250', 'kpi', TRUE, '2024-03-02 12:00:00')",
                "INSERT INTO student (municipality, name, programme, track, origin, start_date, end_date, birth_date, age_at_start,"
                        + " status, created_at, updated_at, personal_advisor, completion_date, dropout_date, dropout_reason,"
                        + " dropout_phase, employment_date, employment_unit) VALUES ('250', 'Mette Hansen', 'SSA', 'ORDINARY',"
                        + " 'EXTERNAL', '2021-08-12', '2024-12-20', '1994-03-02', 27, 'COMPLETED', '2021-06-01 09:00:00',"
                        + " '2024-12-21 09:00:00', 'Hanne Vejleder', '2024-12-20', NULL, NULL, NULL, '2025-01-01', 'HOME_CARE')",
                "INSERT INTO student (municipality, name, programme, track, origin, start_date, end_date, birth_date, age_at_start,"
                        + " status, created_at, updated_at, personal_advisor, completion_date, dropout_date, dropout_reason,"
                        + " dropout_phase, employment_date, employment_unit) VALUES ('250', 'Ali Yilmaz', 'SSH', 'ORDINARY',"
                        + " 'OWN_UNSKILLED_STAFF', '2023-01-06', '2024-06-01', NULL, NULL, 'SWITCHED', '2022-12-01 09:00:00',"
                        + " '2023-09-01 09:00:00', NULL, NULL, NULL, NULL, NULL, NULL, NULL)",
                "INSERT INTO student (municipality, name, programme, track, origin, start_date, end_date, birth_date, age_at_start,"
                        + " status, created_at, updated_at, personal_advisor, completion_date, dropout_date, dropout_reason,"
                        + " dropout_phase, employment_date, employment_unit) VALUES ('250', 'Ali Yilmaz', 'SSA', 'SSH_TO_SSA',"
                        + " 'OWN_SSH_STAFF', '2023-09-01', '2025-12-01', NULL, NULL, 'DROPPED_OUT', '2023-09-01 09:00:00',"
                        + " '2024-02-02 09:00:00', NULL, NULL, '2024-02-01', 'HEALTH', 'SCHOOL', NULL, NULL)",
                "INSERT INTO student (name, municipality, programme, track, origin, start_date, end_date, status, created_at, updated_at)"
                        + " VALUES (NULL, '751', 'SSH', 'EUV1', 'EXTERNAL', '2025-01-13', '2026-06-30', 'ACTIVE',"
                        + " '2025-01-01 00:00:00', '2025-01-01 00:00:00')",
                "INSERT INTO study_period (student_id, seq, kind, number, start_date, end_date, site) VALUES (1, 1, 'SCHOOL', 1, '2021-08-12', '2021-12-20', NULL)",
                "INSERT INTO study_period (student_id, seq, kind, number, start_date, end_date, site) VALUES (1, 2, 'PLACEMENT', 1, '2022-01-03', '2022-06-30', 'Plejecenter Solhøj')",
                "INSERT INTO absence (student_id, municipality, start_date, sick_days, created_at) VALUES (1, '250', '2022-02-14', 2.5, '2022-02-16 10:00:00')",
                "INSERT INTO absence (student_id, municipality, start_date, sick_days, created_at) VALUES (3, '250', '2023-11-02', 1.0, '2023-11-03 10:00:00')",
                "INSERT INTO talk (student_id, type, talk_date, participants, created_at) VALUES (1, 'EXPECTATION', '2021-08-20', 'Elev, vejleder, leder', '2021-08-20 14:00:00')",
                "INSERT INTO talk (student_id, type, talk_date, participants, created_at) VALUES (3, 'ABSENCE', '2023-11-10', NULL, '2023-11-10 14:00:00')",
                "INSERT INTO student_event (student_id, type, event_date, detail, created_at) VALUES (1, 'COMPLETED', '2024-12-20', NULL, '2024-12-21 09:00:00')",
                "INSERT INTO student_event (student_id, type, event_date, detail, created_at) VALUES (2, 'SWITCHED', '2023-09-01', 'SSA', '2023-09-01 09:00:00')",
                "INSERT INTO student_event (student_id, type, event_date, detail, created_at) VALUES (3, 'DROPPED_OUT', '2024-02-01', 'HEALTH', '2024-02-02 09:00:00')",
                "INSERT INTO programme_switch (from_student_id, to_student_id, municipality, switch_date, created_at) VALUES (2, 3, '250', '2023-09-01', '2023-09-01 09:00:00')",
                "INSERT INTO quota (municipality, programme, minimum) VALUES ('250', 'SSA', 56)",
                "INSERT INTO quota (municipality, programme, minimum) VALUES ('250', 'SSH', 27)",
                "INSERT INTO success_criterion (municipality, name, kpi, programme, baseline, target, deadline, created_at, updated_at)"
                        + " VALUES ('250', 'Mindre frafald på SSA-uddannelsen', 'DROPOUT_RATE', 'SSA', 0.4000, 0.3720, '2026-12-31',"
                        + " '2024-04-01 10:00:00', '2024-04-02 10:00:00')",
                "INSERT INTO success_criterion (municipality, name, kpi, programme, baseline, target, deadline, created_at, updated_at)"
                        + " VALUES ('250', 'Dimensioneringsaftalen opfyldt', 'QUOTA_FULFILMENT', NULL, 1.1807, 1, '2026-12-31',"
                        + " '2024-04-01 10:00:00', '2024-04-01 10:00:00')",
                "INSERT INTO guide (slug, municipality, title, summary, body, audiences, topics, programme, updated, source, shipped,"
                        + " version, created_at, changed_at) VALUES ('voksenelevloen', NULL, 'Voksenelevløn', 'Hvem får voksenelevløn',"
                        + " '# Voksenelevløn\n\nDu skal være fyldt 25 år.', 'STUDENT,MANAGER', 'løn,voksenelev', NULL, '2024-05-01',"
                        + " 'https://www.retsinformation.dk/', TRUE, 0, '2024-05-02 08:00:00', '2024-05-02 08:00:00')",
                "INSERT INTO guide (slug, municipality, title, summary, body, audiences, topics, programme, updated, source, shipped,"
                        + " version, created_at, changed_at) VALUES ('250-praktik-i-frederikssund', '250', 'Praktik i Frederikssund',"
                        + " 'Sådan foregår praktikken', 'Tekst', 'SUPERVISOR', 'praktik', 'SSA', NULL, NULL, FALSE, 3,"
                        + " '2024-06-01 08:00:00', '2024-06-03 08:00:00')",
                "INSERT INTO guide_import (slug, updated, imported_at) VALUES ('voksenelevloen', '2024-05-01', '2024-05-02 08:00:00')",
                "INSERT INTO guide_import (slug, updated, imported_at) VALUES ('slettet-guide', NULL, '2024-05-02 08:00:00')",
        };
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (String insert : inserts) {
                s.executeUpdate(insert);
            }
        }
    }

    /**
     * The upgraded rows without the columns later releases added to a 0.1 table (e.g. a user's {@code email}),
     * which must be empty on every kept row.
     */
    private static List<String> withoutColumnsAddedSince(List<String> release, List<String> upgraded) {
        if (release.isEmpty() || upgraded == null) {
            return upgraded;
        }
        Set<String> columns = new TreeSet<>();
        for (String cell : release.get(0).split(";")) {
            columns.add(cell.substring(0, cell.indexOf('=')));
        }
        List<String> result = new ArrayList<>();
        for (String row : upgraded) {
            StringBuilder kept = new StringBuilder();
            for (String cell : row.split(";")) {
                String column = cell.substring(0, cell.indexOf('='));
                if (columns.contains(column)) {
                    kept.append(cell).append(';');
                } else {
                    assertEquals(column + "=null", cell, "a column added since 0.1 is empty on kept rows");
                }
            }
            result.add(kept.toString());
        }
        return result;
    }

    /** Every user table's rows, every column, as sorted text. */
    private static Map<String, List<String>> rows(DataSource db) throws SQLException {
        Map<String, List<String>> result = new TreeMap<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (String table : tables(c)) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.append(meta.getColumnName(i).toLowerCase()).append('=').append(rs.getString(i)).append(';');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                result.put(table.toLowerCase(), rows);
            }
        }
        return result;
    }

    /** Every table's columns (in order) and its named (not system-generated) indexes. */
    private static Map<String, String> shape(DataSource db) throws SQLException {
        Map<String, String> result = new TreeMap<>();
        try (Connection c = db.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            for (String table : tables(c)) {
                StringBuilder shape = new StringBuilder();
                try (ResultSet rs = meta.getColumns(null, c.getSchema(), table, null)) {
                    while (rs.next()) {
                        shape.append(rs.getString("COLUMN_NAME")).append(' ').append(rs.getString("TYPE_NAME"))
                                .append('(').append(rs.getInt("COLUMN_SIZE")).append(',').append(rs.getInt("DECIMAL_DIGITS"))
                                .append(") null=").append(rs.getString("IS_NULLABLE"))
                                .append(" identity=").append(rs.getString("IS_AUTOINCREMENT")).append('\n');
                    }
                }
                Map<String, List<String>> indexes = new TreeMap<>();
                try (ResultSet rs = meta.getIndexInfo(null, c.getSchema(), table, false, false)) {
                    while (rs.next()) {
                        String name = rs.getString("INDEX_NAME");
                        if (name != null && !name.startsWith("SQL")) {
                            indexes.computeIfAbsent(name, n -> new ArrayList<>()).add(rs.getString("COLUMN_NAME"));
                        }
                    }
                }
                indexes.forEach((name, columns) -> shape.append("index ").append(name).append(columns).append('\n'));
                result.put(table.toLowerCase(), shape.toString());
            }
        }
        return result;
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[]{"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    private static List<String> history(DataSource db, String owner) throws SQLException {
        List<String> result = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"version\", \"type\" FROM \"" + Migrations.historyTable(owner)
                     + "\" ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                result.add(rs.getString(1) + "|" + rs.getString(2));
            }
        }
        return result;
    }

    private interface Column<T> {
        T get(ResultSet rs, int index) throws SQLException;
    }

    private static <T> T single(DataSource db, String sql, Column<T> column) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return column.get(rs, 1);
        }
    }
}
