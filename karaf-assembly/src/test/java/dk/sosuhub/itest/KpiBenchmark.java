package dk.sosuhub.itest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

import javax.inject.Inject;
import javax.sql.DataSource;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOption;

/**
 * The KPI benchmark (profile {@code bench}, never in the default build): boots the distribution, fills its Derby
 * database with a national-scale dataset ({@link NationalDataset}) and times the real REST calls: one municipality's
 * full report ({@code /municipalities/{code}/kpis/report}) for all 98 municipalities, and the national roll-up
 * ({@code /kpis/national}) cold and warm. Prints a figures table and writes it to
 * {@code karaf-assembly/target/kpi-benchmark.txt}. Checks that the roll-up equals the sum of the reports; no timed
 * assertions.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class KpiBenchmark extends SosuHubTestSupport {

    static final String HEAP = "-Xmx1g";
    static final int WARM_UP = 10;
    static final int NATIONAL_RUNS = 20;

    @Inject
    @Filter("(osgi.jndi.service.name=sosuhub)")
    private DataSource dataSource;

    @Override
    @Configuration
    public Option[] config() {
        List<Option> options = new ArrayList<>(Arrays.asList(super.config()));
        options.add(vmOption(HEAP));
        options.add(systemProperty("sosuhub.bench.figures").value(new File("target/kpi-benchmark.txt").getAbsolutePath()));
        return options.toArray(new Option[0]);
    }

    @Test
    public void nationalScaleKpis() throws Exception {
        awaitPlatform();
        NationalDataset.Made made = new NationalDataset().generate(dataSource);
        long dbBytes = sizeOf(Path.of(System.getProperty("karaf.data"), "derby"));

        // cold: the first national roll-up after loading, before any report
        long cold = time(() -> get(User.ADMIN, "/api/v1/kpis/national").expect(200));
        List<Long> national = new ArrayList<>();
        JsonNode roll = null;
        for (int i = 0; i < NATIONAL_RUNS; i++) {
            long started = System.nanoTime();
            roll = get(User.ADMIN, "/api/v1/kpis/national").expect(200).json();
            national.add((System.nanoTime() - started) / 1_000_000);
        }
        List<String> codes = new ArrayList<>();
        roll.get("municipalities").forEach(m -> codes.add(m.get("code").asText()));
        int year = roll.get("year").asInt();

        for (int i = 0; i < WARM_UP; i++) {
            get(User.ADMIN, "/api/v1/municipalities/" + codes.get(i % codes.size()) + "/kpis/report").expect(200);
        }
        List<Long> reports = new ArrayList<>();
        long hired = 0;
        BigDecimal sickDays = BigDecimal.ZERO;
        long largest = 0;
        String largestCode = null;
        for (String code : codes) {
            long started = System.nanoTime();
            JsonNode report = get(User.ADMIN, "/api/v1/municipalities/" + code + "/kpis/report?year=" + year).expect(200).json();
            long ms = (System.nanoTime() - started) / 1_000_000;
            reports.add(ms);
            long h = report.get("recruitment").get("hired").asLong();
            hired += h;
            sickDays = sickDays.add(report.get("sickLeave").get("sickDays").decimalValue());
            if (ms >= largest) {
                largest = ms;
                largestCode = code;
            }
        }
        // the roll-up is the sum of the municipalities' own reports
        assertEquals(hired, roll.get("recruitment").get("hired").asLong());
        assertEquals(0, sickDays.compareTo(roll.get("sickLeave").get("sickDays").decimalValue()));

        // a write answered right before the roll-up shows in it (its municipality is counted again, the rest kept)
        long student = post(User.ADMIN, "/api/v1/municipalities/250/students", "{\"programme\":\"SSH\",\"startDate\":\""
                + year + "-03-04\",\"birthDate\":\"1990-05-01\"}").expect(201).json().get("id").asLong();
        post(User.ADMIN, "/api/v1/municipalities/250/students/" + student + "/absences",
                "{\"date\":\"" + year + "-04-02\",\"sickDays\":2}").expect(201);
        long afterWrite = System.nanoTime();
        JsonNode written = get(User.ADMIN, "/api/v1/kpis/national?year=" + year).expect(200).json();
        afterWrite = (System.nanoTime() - afterWrite) / 1_000_000;
        assertEquals(hired + 1, written.get("recruitment").get("hired").asLong());
        assertEquals(0, sickDays.add(BigDecimal.valueOf(2)).compareTo(written.get("sickLeave").get("sickDays").decimalValue()));

        System.gc();
        Thread.sleep(500);
        System.gc();
        long heapUsed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long heapMax = Runtime.getRuntime().maxMemory();

        StringBuilder t = new StringBuilder("\n=== SOSU Hub KPI benchmark (Derby, real distribution over REST) ===\n");
        row(t, "machine", Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.vm.name")
                + " " + System.getProperty("java.version") + ", " + HEAP);
        row(t, "dataset", made.municipalities() + " municipalities, " + made.students() + " students, "
                + made.absences() + " absences, " + made.events() + " events, " + made.periods() + " plan periods");
        row(t, "generation (batched JDBC)", seconds(made.millis()));
        row(t, "database on disk", mb(dbBytes));
        row(t, "report year", String.valueOf(year));
        row(t, "municipality report, " + reports.size() + " municipalities", "p50 " + pct(reports, 50) + " ms, p95 "
                + pct(reports, 95) + " ms, max " + Collections.max(reports) + " ms (" + largestCode + ")");
        row(t, "national roll-up, cold (1st call)", cold + " ms");
        row(t, "national roll-up, warm x" + NATIONAL_RUNS, "min " + Collections.min(national) + " ms, p50 "
                + pct(national, 50) + " ms, max " + Collections.max(national) + " ms");
        row(t, "national roll-up right after a write", afterWrite + " ms (Frederikssund counted again)");
        row(t, "heap used after GC", mb(heapUsed) + " (max " + mb(heapMax) + ")");
        row(t, "process RSS", rss());
        row(t, "national figures", "hired " + roll.get("recruitment").get("hired") + ", sick leave "
                + roll.get("sickLeave").get("sickLeaveRate") + ", SSA completion " + roll.get("cohorts").get(1).get("completionRate"));
        t.append("national roll-up warm p50 ms: ").append(pct(national, 50)).append('\n');
        String figures = t.toString();
        System.out.println(figures);
        Files.writeString(Path.of(System.getProperty("sosuhub.bench.figures")), figures, StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder t, String name, String value) {
        t.append(String.format("%-45s %s%n", name, value));
    }

    private static long time(Runnable r) {
        long started = System.nanoTime();
        r.run();
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static long pct(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static String seconds(long millis) {
        return String.format("%.1f s", millis / 1000.0);
    }

    private static String mb(long bytes) {
        return String.format("%.0f MB", bytes / 1024.0 / 1024.0);
    }

    private static String rss() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                .map(l -> l.replaceAll("\\s+", " ").substring(7)).findFirst().orElse("n/a");
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
