package dk.sosuhub.core.internal.schema;

import dk.sosuhub.core.internal.persistence.Schema;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.apache.derby.jdbc.EmbeddedDriver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The template a build makes with core's migrations, and the copy a first start makes of it. */
class EmbeddedTemplateTest {

    @TempDir
    static Path dir;
    static Path template;

    @BeforeAll
    static void makeTemplate() throws Exception {
        System.setProperty("derby.stream.error.file", dir.resolve("derby.log").toString());
        template = dir.resolve("template");
        EmbeddedTemplate.main(new String[] {template.toString()});
    }

    @AfterAll
    static void shutDownDerby() {
        try {
            new EmbeddedDriver().connect("jdbc:derby:;shutdown=true", null);
        } catch (SQLException expected) {
            // Derby answers a clean shutdown with an exception
        }
    }

    @Test
    void theTemplateHoldsCoresSchemaWithItsWholeHistory() throws Exception {
        Path copy = dir.resolve("data-1/derby/sosuhub");
        EmbeddedDataSource dataSource = derby(copy);
        assertTrue(EmbeddedTemplate.copyIfNew(dataSource, template));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"schema_history_core\" WHERE \"version\" IS NOT NULL")) {
                rs.next();
                assertEquals(ShippedMigrations.count(), rs.getInt(1), "every shipped migration of core is in the copy's history");
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM app_user")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "the template has no users: a start decides demo or production itself");
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM platform_setting")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "the template records no origin");
            }
        }
        // what a start runs next: the migrations find nothing to do
        Migrations.Outcome outcome = Schema.migrate(dataSource, getClass().getClassLoader());
        assertEquals(0, outcome.applied());
        assertFalse(Files.exists(copy.resolveSibling("sosuhub.partial")));
    }

    @Test
    void anExistingDatabaseIsNeverReplaced() throws Exception {
        Path existing = dir.resolve("data-2/derby/sosuhub");
        EmbeddedDataSource dataSource = derby(existing);
        dataSource.setCreateDatabase("create");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE kept (id INT)");
        }
        assertFalse(EmbeddedTemplate.copyIfNew(dataSource, template));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM kept")) {
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
    }

    @Test
    void withoutATemplateTheMigrationsMakeTheDatabaseAsBefore() {
        assertFalse(EmbeddedTemplate.copyIfNew(derby(dir.resolve("data-3/derby/sosuhub")), dir.resolve("no-template")));
        assertFalse(Files.exists(dir.resolve("data-3/derby/sosuhub")));
    }

    @Test
    void onlyDerbysEmbeddedDatabasesInAFolderAreCopiedTo() {
        assertEquals(Optional.of(dir.resolve("x")), EmbeddedTemplate.embeddedFolder(derby(dir.resolve("x"))));
        EmbeddedDataSource directory = new EmbeddedDataSource();
        directory.setDatabaseName("directory:" + dir.resolve("y"));
        assertEquals(Optional.of(dir.resolve("y")), EmbeddedTemplate.embeddedFolder(directory));
        EmbeddedDataSource memory = new EmbeddedDataSource();
        memory.setDatabaseName("memory:sosuhub");
        assertEquals(Optional.empty(), EmbeddedTemplate.embeddedFolder(memory));
        EmbeddedDataSource relative = new EmbeddedDataSource();
        relative.setDatabaseName("sosuhub");
        assertEquals(Optional.empty(), EmbeddedTemplate.embeddedFolder(relative), "relative to derby.system.home: left to Derby");
        assertEquals(Optional.empty(), EmbeddedTemplate.embeddedFolder(new OtherDataSource()));
        EmbeddedDataSource created = derby(dir.resolve("z"));
        created.setConnectionAttributes("create=true");
        assertEquals(Optional.of(dir.resolve("z")), EmbeddedTemplate.embeddedFolder(created), "the shipped URL's attribute");
        EmbeddedDataSource encrypted = derby(dir.resolve("e"));
        encrypted.setConnectionAttributes("create=true;dataEncryption=true;bootPassword=sixteen-or-more-chars");
        assertEquals(Optional.empty(), EmbeddedTemplate.embeddedFolder(encrypted), "an encrypted database is Derby's to create");
    }

    private static EmbeddedDataSource derby(Path folder) {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(folder.toString());
        return dataSource;
    }

    /** Core's shipped migrations, counted from the class path as Flyway finds them. */
    private static final class ShippedMigrations {
        static int count() throws Exception {
            URL url = EmbeddedTemplateTest.class.getClassLoader().getResource("db/core");
            try (var files = Files.list(Path.of(url.toURI()))) {
                return (int) files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
            }
        }
    }

    /** Not Derby: PostgreSQL or anything else is left to the migrations. */
    private static final class OtherDataSource implements DataSource {
        @Override public Connection getConnection() { throw new UnsupportedOperationException(); }
        @Override public Connection getConnection(String u, String p) { throw new UnsupportedOperationException(); }
        @Override public PrintWriter getLogWriter() { return null; }
        @Override public void setLogWriter(PrintWriter out) { }
        @Override public void setLoginTimeout(int seconds) { }
        @Override public int getLoginTimeout() { return 0; }
        @Override public Logger getParentLogger() { return Logger.getGlobal(); }
        @Override public <T> T unwrap(Class<T> iface) { throw new UnsupportedOperationException(); }
        @Override public boolean isWrapperFor(Class<?> iface) { return false; }
    }
}
