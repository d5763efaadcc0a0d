package dk.sosuhub.core.internal.security;

import dk.sosuhub.core.internal.persistence.Schema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Whether the platform runs in demo mode: demo municipalities, students and users are loaded, and the demo
 * users may sign in. Asked for by {@code enabled=true} in {@code etc/dk.sosuhub.demo.cfg} or by the system
 * property {@code sosuhub.demo=true} (what the README's start command sets). Off by default.
 * <p>
 * Demo mode is granted only on a database that was created in demo mode (recorded at its first start as
 * {@code database.origin} in {@code platform_setting}), so that starting a production database with the demo
 * switch never turns the well-known demo passwords on. A demo database stays a demo database across restarts.
 */
@Component(service = DemoMode.class, configurationPid = "dk.sosuhub.demo")
@Designate(ocd = DemoMode.Config.class)
public class DemoMode {

    private static final Logger LOG = LoggerFactory.getLogger(DemoMode.class);
    static final String ORIGIN = "database.origin";
    static final String DEMO = "demo";
    static final String PRODUCTION = "production";

    @ObjectClassDefinition(name = "SOSU Hub demo mode")
    public @interface Config {
        @AttributeDefinition(description = "Load demo data and allow the demo users to sign in")
        boolean enabled() default false;
    }

    private final boolean active;

    @Activate
    public DemoMode(Config config, @Reference Schema schema,
                    @Reference(target = "(osgi.jndi.service.name=sosuhub)") DataSource dataSource) throws SQLException {
        boolean asked = config.enabled() || Boolean.getBoolean("sosuhub.demo");
        String origin = origin(dataSource, asked);
        this.active = asked && DEMO.equals(origin);
        if (asked && !active) {
            LOG.error("Demo mode refused: this database was created outside demo mode, so the demo users stay off and no"
                    + " demo data is loaded. Start without -Dsosuhub.demo=true (and enabled=false in etc/dk.sosuhub.demo.cfg),"
                    + " or give a demo its own data folder.");
        }
    }

    public boolean active() {
        return active;
    }

    /** The recorded origin, recorded now if this is the first start since origins are recorded. */
    private static String origin(DataSource dataSource, boolean asked) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement read = c.prepareStatement("SELECT setting_value FROM platform_setting WHERE name = ?")) {
                read.setString(1, ORIGIN);
                try (ResultSet rs = read.executeQuery()) {
                    if (rs.next()) {
                        return rs.getString(1);
                    }
                }
            }
            long users;
            long demoUsers;
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(CASE WHEN demo THEN 1 ELSE 0 END) FROM app_user")) {
                rs.next();
                users = rs.getLong(1);
                demoUsers = rs.getLong(2);
            }
            String origin = decideOrigin(users, demoUsers, asked);
            try (PreparedStatement write = c.prepareStatement("INSERT INTO platform_setting (name, setting_value) VALUES (?, ?)")) {
                write.setString(1, ORIGIN);
                write.setString(2, origin);
                write.executeUpdate();
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
            LOG.info("This database is recorded as a {} database", origin);
            return origin;
        }
    }

    /**
     * A new database (no users yet) is what the first start makes it; one from before origins were recorded is a
     * demo database if it has demo users.
     */
    static String decideOrigin(long users, long demoUsers, boolean demoAsked) {
        if (users == 0) {
            return demoAsked ? DEMO : PRODUCTION;
        }
        return demoUsers > 0 ? DEMO : PRODUCTION;
    }
}
