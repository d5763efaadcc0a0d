package dk.sosuhub.schema;

import dk.sosuhub.core.internal.schema.AppliedHistory;
import dk.sosuhub.core.internal.schema.AppliedHistory.Script;
import dk.sosuhub.core.internal.schema.Migrations;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The restart's shortcut past Flyway ({@link AppliedHistory}) against histories that Flyway itself wrote: it may
 * only say "up to date" when Flyway would have nothing to do. The migrations ({@code db/history-check}) have a
 * byte-order mark, CRLF line breaks and Danish letters, so that the checksum has to be exactly Flyway's.
 */
class AppliedHistoryTest {

    private static final String OWNER = "history-check";
    private static final ClassLoader CL = AppliedHistoryTest.class.getClassLoader();
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private EmbeddedDataSource db;

    @BeforeEach
    void freshDatabase() {
        db = new EmbeddedDataSource();
        db.setDatabaseName("memory:history" + DATABASES.incrementAndGet());
        db.setCreateDatabase("create");
    }

    @Test
    void upToDateOnlyOnceFlywayHasAppliedEveryShippedMigration() {
        assertEquals(Optional.empty(), current(shipped()), "no history yet");
        Migrations.Outcome first = Migrations.bringUpToDate(db, OWNER, shipped(), null, CL);
        assertEquals(new Migrations.Outcome("2", 2), first, "Flyway ran");
        assertEquals(Optional.of("2"), current(shipped()));
        assertEquals(new Migrations.Outcome("2", 0), Migrations.bringUpToDate(db, OWNER, shipped(), null, CL));
    }

    @Test
    void anythingFlywayWouldActOnOrReportGoesToFlyway() throws SQLException {
        Migrations.migrate(db, OWNER, null, CL);
        List<Script> pending = new ArrayList<>(shipped());
        pending.add(new Script("V3__guide_note_index.sql", () -> new StringReader("CREATE INDEX gn ON guide_note (id);")));
        assertEquals(Optional.empty(), current(pending), "a pending migration");

        List<Script> edited = new ArrayList<>(shipped());
        edited.set(1, new Script(edited.get(1).filename(),
                () -> new StringReader("ALTER TABLE guide_note ADD COLUMN forfatter VARCHAR(200);\n")));
        assertEquals(Optional.empty(), current(edited), "an applied script edited since");

        assertEquals(Optional.empty(), current(shipped().subList(0, 1)), "an applied migration no longer shipped");

        List<Script> renamed = new ArrayList<>(shipped());
        renamed.set(1, new Script("V2__author.sql", renamed.get(1).text()));
        assertEquals(Optional.empty(), current(renamed), "the same version under another name");

        List<Script> repeatable = new ArrayList<>(shipped());
        repeatable.add(new Script("R__views.sql", () -> new StringReader("-- nothing")));
        assertEquals(Optional.empty(), current(repeatable), "a repeatable migration");

        execute("UPDATE \"" + Migrations.historyTable(OWNER) + "\" SET \"success\" = false WHERE \"version\" = '2'");
        assertEquals(Optional.empty(), current(shipped()), "a failed migration");
    }

    @Test
    void migrationsAtOrBelowTheBaselineCountAsApplied() throws SQLException {
        execute("CREATE TABLE guide_note (id BIGINT NOT NULL PRIMARY KEY, tekst VARCHAR(200))");
        Migrations.baseline(db, OWNER, "1", "tables made before the history", CL);
        assertEquals(Optional.of("1"), current(shipped().subList(0, 1)));
        assertEquals(Optional.empty(), current(shipped()), "V2 is above the baseline and not applied");
        Migrations.migrate(db, OWNER, null, CL);
        assertEquals(Optional.of("2"), current(shipped()));
    }

    private Optional<String> current(List<Script> scripts) {
        return AppliedHistory.currentVersion(db, OWNER, scripts);
    }

    /** The two migrations of {@code db/history-check}, read as a bundle's entries would be. */
    private static List<Script> shipped() {
        return List.of(script("V1__guide_note.sql"), script("V2__guide_note_author.sql"));
    }

    private static Script script(String name) {
        String path = Migrations.location(OWNER) + "/" + name;
        return new Script(name, () -> new InputStreamReader(Objects.requireNonNull(CL.getResourceAsStream(path), path),
                StandardCharsets.UTF_8));
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
