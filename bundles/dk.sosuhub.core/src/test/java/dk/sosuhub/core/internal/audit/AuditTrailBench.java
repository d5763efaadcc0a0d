package dk.sosuhub.core.internal.audit;

import dk.sosuhub.core.api.audit.AuditTrail;
import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.core.internal.persistence.Schema;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;

/**
 * What the audit trail costs: the time a request spends handing its entry over, and the CPU the writer spends per
 * entry (batched inserts into embedded Derby, as in the distribution). Compare with a request's own cost, e.g.
 * GET /api/v1/municipalities/250/students/{id} measured with wrk (docs/operations.md).
 */
class AuditTrailBench {

    /** Fewer than the queue holds: a request hands over without waiting, as in steady state. */
    private static final int ENTRIES = 50_000;

    @Test
    void costPerRequest() throws Exception {
        Path dir = Files.createTempDirectory("audit-bench");
        EmbeddedDataSource db = new EmbeddedDataSource();
        db.setDatabaseName(dir.resolve("db").toString());
        db.setCreateDatabase("create");
        Schema.migrate(db, getClass().getClassLoader());
        AuditTrailImpl trail = new AuditTrailImpl(new AuditTrailImpl.Config() {
            @Override public String retention() { return "P5Y"; }
            @Override public Class<? extends Annotation> annotationType() { return AuditTrailImpl.Config.class; }
        }, null, db);
        Caller caller = new Caller("frederikssund", Set.of(Role.MUNICIPALITY_ADMIN), "250");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();

        // warm-up
        for (int i = 0; i < 20_000; i++) {
            trail.record(caller, "250", AuditTrail.Action.READ, "GET /municipalities/{code}/students/{id}", (long) i, AuditTrail.Channel.REST);
        }
        trail.flush();

        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < ENTRIES; i++) {
            trail.record(caller, "250", AuditTrail.Action.READ, "GET /municipalities/{code}/students/{id}", (long) i, AuditTrail.Channel.REST);
        }
        long handOver = System.nanoTime() - t0;
        long handOverCpu = threads.getCurrentThreadCpuTime() - cpu0;

        // the writer's share: write what is queued on this thread and measure its CPU
        trail.deactivate(); // stops the writer thread; what it had not written yet stays queued
        for (int i = 0; i < ENTRIES; i++) {
            trail.record(caller, "250", AuditTrail.Action.READ, "GET /municipalities/{code}/students/{id}", (long) i, AuditTrail.Channel.REST);
        }
        long wcpu0 = threads.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        trail.flush();
        long writeWall = System.nanoTime() - w0;
        long writeCpu = threads.getCurrentThreadCpuTime() - wcpu0;

        long rows;
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM audit_entry")) {
            rs.next();
            rows = rs.getLong(1);
        }
        System.out.println("\n=== Audit trail cost ===");
        System.out.printf("  hand-over on the request thread: %.2f us per request (%.2f us CPU), %d entries%n",
                handOver / 1000.0 / ENTRIES, handOverCpu / 1000.0 / ENTRIES, ENTRIES);
        System.out.printf("  writing, batched (500 a transaction): %.2f us wall, %.2f us CPU per entry; the writer keeps up"
                + " with %.0f requests/s%n", writeWall / 1000.0 / ENTRIES, writeCpu / 1000.0 / ENTRIES, ENTRIES / (writeWall / 1e9));
        System.out.printf("  rows written: %d (of %d recorded)%n%n", rows, 2 * ENTRIES + 20_000);
    }
}
