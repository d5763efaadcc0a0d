package dk.sosuhub.core.internal.schema;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * Tells from an owner's Flyway history whether Flyway would find nothing to do, so that a restart need not start
 * Flyway at all (its set-up, database detection, parsing and validation were ~0.3-0.5 s of CPU for the seven owners
 * at every restart on two cores).
 * <p>
 * "Nothing to do" means: every shipped migration is a versioned SQL file ({@code V<version>__<description>.sql}) that
 * the history records as applied successfully, under the same script name and with the checksum Flyway computes for
 * it (or that lies at or below the history's baseline), and the history records no other migration. Anything else
 * (no history yet, a pending or failed migration, an edited script, a migration the history has and the bundle does
 * not, a repeatable or Java migration) is for Flyway, which then migrates, validates and reports exactly as before.
 */
public final class AppliedHistory {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");

    private AppliedHistory() {
    }

    /** One shipped migration: its file name and its text. */
    public record Script(String filename, Supplier<Reader> text) {
    }

    /**
     * @return the schema version the history is at, if the shipped migrations are exactly what it records as
     *         applied; empty if Flyway has anything to do or to say (or the history cannot be read)
     */
    public static Optional<String> currentVersion(DataSource dataSource, String id, List<Script> shipped) {
        // Flyway's own versions: "1_2" and "1.2" are one version, and so are "1.0" and "1"
        Map<MigrationVersion, Script> byVersion = new TreeMap<>();
        for (Script script : shipped) {
            Matcher m = VERSIONED.matcher(script.filename());
            if (!m.matches() || byVersion.put(MigrationVersion.fromVersion(m.group(1)), script) != null) {
                return Optional.empty();
            }
        }
        MigrationVersion baseline = MigrationVersion.EMPTY;
        TreeMap<MigrationVersion, Applied> sql = new TreeMap<>();
        try {
            for (Applied a : read(dataSource, Migrations.historyTable(id))) {
                if (!a.success() || a.version() == null) {
                    return Optional.empty();
                }
                MigrationVersion version = MigrationVersion.fromVersion(a.version());
                switch (a.type()) {
                    case "BASELINE" -> baseline = version.compareTo(baseline) > 0 ? version : baseline;
                    case "SQL" -> {
                        if (sql.put(version, a) != null) {
                            return Optional.empty();
                        }
                    }
                    default -> {
                        return Optional.empty();
                    }
                }
            }
        } catch (SQLException | FlywayException noHistoryOrNotAVersion) {
            return Optional.empty();
        }
        if (!byVersion.keySet().containsAll(sql.keySet())) {
            return Optional.empty();
        }
        for (Map.Entry<MigrationVersion, Script> e : byVersion.entrySet()) {
            Applied a = sql.get(e.getKey());
            if (a == null ? e.getKey().compareTo(baseline) > 0
                    : !a.script().equals(e.getValue().filename()) || a.checksum() == null
                    || a.checksum() != checksum(e.getValue().text().get())) {
                return Optional.empty();
            }
        }
        MigrationVersion current = sql.isEmpty() ? baseline : sql.lastKey();
        return current == MigrationVersion.EMPTY ? Optional.empty() : Optional.of(current.getVersion());
    }

    /**
     * Flyway 8's checksum of a SQL migration: CRC-32 over the UTF-8 bytes of its lines without their line breaks,
     * a byte-order mark at the start left out.
     */
    static int checksum(Reader text) {
        CRC32 crc = new CRC32();
        try (BufferedReader lines = new BufferedReader(text, 4096)) {
            String line = lines.readLine();
            if (line != null && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            for (; line != null; line = lines.readLine()) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) crc.getValue();
    }

    private record Applied(String version, String script, Integer checksum, String type, boolean success) {
    }

    private static List<Applied> read(DataSource dataSource, String table) throws SQLException {
        List<Applied> applied = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"version\", \"script\", \"checksum\", \"type\", \"success\" FROM \""
                     + table + "\"")) {
            while (rs.next()) {
                int checksum = rs.getInt(3);
                applied.add(new Applied(rs.getString(1), rs.getString(2), rs.wasNull() ? null : checksum,
                        rs.getString(4), rs.getBoolean(5)));
            }
        }
        return applied;
    }
}
