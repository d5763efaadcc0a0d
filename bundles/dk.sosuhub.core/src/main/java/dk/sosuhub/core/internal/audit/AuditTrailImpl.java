package dk.sosuhub.core.internal.audit;

import dk.sosuhub.core.api.audit.AuditTrail;
import dk.sosuhub.core.api.error.ForbiddenException;
import dk.sosuhub.core.api.error.Validator;
import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.core.internal.persistence.Schema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
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
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Writes the audit trail in batches from a queue, so that a request pays for an enqueue, not for a database write;
 * a full queue makes the request write its entry itself rather than lose it. A daily job removes entries older than
 * the retention.
 */
@Component(service = AuditTrail.class, configurationPid = "dk.sosuhub.audit")
@Designate(ocd = AuditTrailImpl.Config.class)
public class AuditTrailImpl implements AuditTrail {

    private static final Logger LOG = LoggerFactory.getLogger(AuditTrailImpl.class);
    static final int MAX_PAGE = 500;
    private static final int BATCH = 500;
    private static final String INSERT = "INSERT INTO audit_entry (occurred_at, username, roles, municipality, action, what,"
            + " student_id, channel) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    @ObjectClassDefinition(name = "SOSU Hub audit trail")
    public @interface Config {
        @AttributeDefinition(description = "How long entries are kept (ISO-8601 period)")
        String retention() default "P5Y";
    }

    private final DataSource dataSource;
    private final Period retention;
    private final BlockingQueue<Entry> queue = new LinkedBlockingQueue<>(100_000);
    private final Thread writer;
    private final ScheduledExecutorService housekeeping;
    private volatile boolean running = true;

    @Activate
    public AuditTrailImpl(Config config, @Reference Schema schema,
                          @Reference(target = "(osgi.jndi.service.name=sosuhub)") DataSource dataSource) {
        this.dataSource = dataSource;
        this.retention = Period.parse(config.retention());
        this.writer = new Thread(this::writeLoop, "sosuhub-audit-writer");
        this.writer.setDaemon(true);
        this.writer.start();
        this.housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sosuhub-audit-retention");
            t.setDaemon(true);
            return t;
        });
        housekeeping.scheduleWithFixedDelay(this::removeExpired, 1, 24 * 60, TimeUnit.MINUTES);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        running = false;
        writer.interrupt();
        writer.join(5_000);
        housekeeping.shutdownNow();
        flush(); // what the writer left
    }

    @Override
    public void record(Caller caller, String municipality, Action action, String what, Long studentId, Channel channel) {
        Entry entry = new Entry(0, Instant.now(), caller.username(),
                caller.roles().stream().map(Role::wireName).sorted().collect(Collectors.joining(",")), municipality,
                action, what.length() > 300 ? what.substring(0, 300) : what, studentId, channel);
        if (!queue.offer(entry)) {
            write(List.of(entry));
        }
    }

    /** Writes what is queued now; used by tests and at shutdown. */
    public void flush() {
        List<Entry> batch = new ArrayList<>();
        while (queue.drainTo(batch, BATCH) > 0) {
            write(batch);
            batch.clear();
        }
    }

    private void writeLoop() {
        List<Entry> batch = new ArrayList<>(BATCH);
        while (running) {
            try {
                Entry first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("Could not write {} audit entries; retrying", batch.size(), e);
                queue.addAll(batch.subList(0, Math.min(batch.size(), queue.remainingCapacity())));
                sleep();
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Entry> entries) {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(INSERT)) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            for (Entry e : entries) {
                insert.setTimestamp(1, Timestamp.from(e.at()));
                insert.setString(2, e.username());
                insert.setString(3, e.roles());
                insert.setString(4, e.municipality());
                insert.setString(5, e.action().name());
                insert.setString(6, e.what());
                if (e.studentId() == null) {
                    insert.setNull(7, java.sql.Types.BIGINT);
                } else {
                    insert.setLong(7, e.studentId());
                }
                insert.setString(8, e.channel().name());
                insert.addBatch();
            }
            insert.executeBatch();
            c.commit();
            c.setAutoCommit(auto);
        } catch (SQLException e) {
            throw new IllegalStateException("Audit entries not written", e);
        }
    }

    void removeExpired() {
        Instant oldest = ZonedDateTime.now(ZoneOffset.UTC).minus(retention).toInstant();
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement("DELETE FROM audit_entry WHERE occurred_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(oldest));
            int removed = delete.executeUpdate();
            if (removed > 0) {
                LOG.info("Removed {} audit entries older than {} (retention {})", removed, oldest, retention);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.error("Could not remove old audit entries", e);
        }
    }

    @Override
    public Page find(Caller caller, String municipality, Query query) {
        if (!caller.canAccess(municipality) || !(caller.isPlatformAdmin() || caller.has(Role.MUNICIPALITY_ADMIN))) {
            throw new ForbiddenException("Only the municipality's administrator reads its audit trail");
        }
        int size = query.size() <= 0 ? 100 : query.size();
        new Validator().require(query.page() >= 0, "page", "must be 0 or more")
                .require(size <= MAX_PAGE, "size", "must be at most " + MAX_PAGE)
                .require(query.from() == null || query.to() == null || !query.to().isBefore(query.from()), "to",
                        "must not be before from")
                .throwIfInvalid();
        flush(); // what was just done is in the answer
        StringBuilder where = new StringBuilder(" WHERE municipality = ?");
        List<Object> params = new ArrayList<>(List.of(municipality));
        if (query.studentId() != null) {
            where.append(" AND student_id = ?");
            params.add(query.studentId());
        }
        if (query.username() != null && !query.username().isBlank()) {
            where.append(" AND username = ?");
            params.add(query.username());
        }
        if (query.from() != null) {
            where.append(" AND occurred_at >= ?");
            params.add(Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            where.append(" AND occurred_at < ?");
            params.add(Timestamp.from(query.to()));
        }
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM audit_entry" + where)) {
                bind(count, params);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<Entry> entries = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT id, occurred_at, username, roles, municipality, action, what,"
                    + " student_id, channel FROM audit_entry" + where + " ORDER BY occurred_at DESC, id DESC OFFSET "
                    + ((long) query.page() * size) + " ROWS FETCH NEXT " + size + " ROWS ONLY")) {
                bind(select, params);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        long student = rs.getLong(8);
                        entries.add(new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                                rs.getString(4), rs.getString(5), Action.valueOf(rs.getString(6)), rs.getString(7),
                                rs.wasNull() ? null : student, Channel.valueOf(rs.getString(9))));
                    }
                }
            }
            return new Page(total, query.page(), size, entries);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit trail", e);
        }
    }

    private static void bind(PreparedStatement statement, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(i + 1, params.get(i));
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
