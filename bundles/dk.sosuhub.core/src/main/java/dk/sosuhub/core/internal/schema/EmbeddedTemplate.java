package dk.sosuhub.core.internal.schema;

import dk.sosuhub.core.internal.persistence.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The embedded Derby database's template: an empty database with core's schema, made by the build with core's own
 * migrations ({@link #main}) and shipped in {@code ${karaf.home}/db/derby-template}. A first start on the embedded
 * database copies it into place instead of having Derby create the database and Flyway apply core's migrations one
 * by one (about a second of a first start, against a fraction for opening the copy); the migrations then find their
 * history complete. Nothing else changes: a database that exists is never touched, PostgreSQL or any other
 * DataSource is left to the migrations, and the modules' tables are still made by their installation.
 */
public final class EmbeddedTemplate {

    /** The template's folder in the distribution, below {@code karaf.home}: the database itself. */
    public static final String LOCATION = "db/derby-template";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedTemplate.class);

    private EmbeddedTemplate() {
    }

    /**
     * Copies the template to where {@code dataSource} keeps its database when that is Derby's embedded database in a
     * folder that does not exist yet. Returns whether it did.
     */
    public static boolean copyIfNew(DataSource dataSource, Path template) {
        Optional<Path> target = embeddedFolder(dataSource);
        if (target.isEmpty() || Files.exists(target.get()) || !Files.isRegularFile(template.resolve("service.properties"))) {
            return false;
        }
        Path folder = target.get();
        // copied beside the target and moved into place, so that a start stopped halfway leaves no half a database
        Path partial = folder.resolveSibling(folder.getFileName() + ".partial");
        try {
            deleteTree(partial);
            copyTree(template, partial);
            Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy the database template " + template + " to " + folder, e);
        }
        LOG.info("New database {} made from the template of core's schema", folder);
        return true;
    }

    /**
     * The folder of Derby's embedded database behind {@code dataSource}, read from its {@code databaseName} (Derby's
     * class is not imported: core runs on any DataSource). Empty for other databases, for Derby's in-memory, jar and
     * class-path databases, and when the URL asks Derby for more than {@code create=true} (an encrypted database, for
     * one, is Derby's to create).
     */
    static Optional<Path> embeddedFolder(DataSource dataSource) {
        if (!dataSource.getClass().getName().startsWith("org.apache.derby.jdbc.")) {
            return Optional.empty();
        }
        String name;
        String attributes;
        try {
            name = (String) dataSource.getClass().getMethod("getDatabaseName").invoke(dataSource);
            attributes = (String) dataSource.getClass().getMethod("getConnectionAttributes").invoke(dataSource);
        } catch (ReflectiveOperationException | ClassCastException e) {
            return Optional.empty();
        }
        if (attributes != null && !attributes.isBlank() && !attributes.strip().equalsIgnoreCase("create=true")) {
            return Optional.empty();
        }
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        if (name.startsWith("directory:")) {
            name = name.substring("directory:".length());
        } else if (name.matches("[a-zA-Z]{2,}:.*")) {
            return Optional.empty(); // memory:, jar:, classpath:
        }
        Path path = Path.of(name);
        return path.isAbsolute() ? Optional.of(path) : Optional.empty();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }

    /**
     * Makes the template at {@code args[0]} (a new folder, or an earlier template there) with core's migrations from
     * the class path: run by the distribution's build, with the same code a start runs.
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: EmbeddedTemplate <folder of the new database>");
        }
        Path folder = Path.of(args[0]).toAbsolutePath();
        if (Files.exists(folder)) {
            if (!Files.isRegularFile(folder.resolve("service.properties"))) {
                throw new IllegalStateException(folder + " exists and is not a Derby database");
            }
            deleteTree(folder); // the template of an earlier build
        }
        Files.createDirectories(folder.getParent());
        Class<?> type = Class.forName("org.apache.derby.jdbc.EmbeddedDataSource");
        DataSource dataSource = (DataSource) type.getConstructor().newInstance();
        type.getMethod("setDatabaseName", String.class).invoke(dataSource, folder.toString());
        type.getMethod("setCreateDatabase", String.class).invoke(dataSource, "create");
        Migrations.Outcome outcome = Schema.migrate(dataSource, EmbeddedTemplate.class.getClassLoader());
        type.getMethod("setCreateDatabase", String.class).invoke(dataSource, (Object) null);
        type.getMethod("setShutdownDatabase", String.class).invoke(dataSource, "shutdown");
        try {
            dataSource.getConnection().close();
        } catch (SQLException shutDown) {
            // Derby answers a clean shutdown with SQLState 08006
            if (!"08006".equals(shutDown.getSQLState())) {
                throw shutDown;
            }
        }
        System.out.println("Database template at " + folder + ": core's schema at version " + outcome.version());
    }
}
