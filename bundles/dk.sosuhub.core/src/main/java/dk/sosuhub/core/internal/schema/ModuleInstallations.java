package dk.sosuhub.core.internal.schema;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** Core's record of when each module was first installed (table {@code module_installation}, core V2). */
public final class ModuleInstallations {

    private ModuleInstallations() {
    }

    /** Records now as the module's first installation unless one is recorded already. */
    public static void recordFirst(DataSource dataSource, String moduleId) throws SQLException {
        if (firstInstalled(dataSource, moduleId).isPresent()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO module_installation (module_id, first_installed_at) VALUES (?, ?)")) {
            insert.setString(1, moduleId);
            insert.setTimestamp(2, Timestamp.from(Instant.now()));
            insert.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            // two starts racing: the other one recorded it
            if (firstInstalled(dataSource, moduleId).isEmpty()) {
                throw e;
            }
        }
    }

    public static Optional<Instant> firstInstalled(DataSource dataSource, String moduleId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement query = c.prepareStatement(
                     "SELECT first_installed_at FROM module_installation WHERE module_id = ?")) {
            query.setString(1, moduleId);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(rs.getTimestamp(1).toInstant()) : Optional.empty();
            }
        }
    }
}
