package dk.sosuhub.itest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.Assert.assertTrue;

/**
 * The messages load test (profile {@code bench}, {@code -Dbench=MessagesBenchmark}; never in the default build):
 * 50 conversations are open, each on the page of its own supervisor, which polls the inbox and the thread every
 * second as /beskeder does; meanwhile writers post messages as fast as the platform takes them for 30 seconds.
 * Measures the messages posted per second and, for each message, the time until the open page of the other
 * participant has it. Prints the figures and writes them to {@code karaf-assembly/target/messages-benchmark.txt}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MessagesBenchmark extends SosuHubTestSupport {

    private static final String CODE = "223";
    private static final String M = "/api/v1/municipalities/" + CODE;
    private static final String PASSWORD = "benchmark-2026";
    private static final int CONVERSATIONS = 50;
    private static final int WRITERS = 4;
    private static final long RUN_MILLIS = 30_000;
    private static final LocalDate TODAY = LocalDate.now(DENMARK);

    /** One open page: its user, conversation and the last message it has shown. */
    private record Page(String user, long student, long conversation, long[] lastSeen) {
    }

    @Test
    public void fiftyOpenConversations() throws Exception {
        awaitPlatform();
        await(User.NOBODY, "/soap/messages?wsdl", a -> a.status() == 200);
        post(User.ADMIN, "/api/v1/municipalities", "{\"code\":\"" + CODE + "\",\"name\":\"Hørsholm\"}").expect(201);
        user("bench-team", "education-team");
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < CONVERSATIONS; i++) {
            String supervisor = "bench-vejleder-" + i;
            user(supervisor, "supervisor");
            long student = post(User.ADMIN, M + "/students", "{\"name\":\"Elev " + i + "\",\"programme\":\"SSH\",\"startDate\":\""
                    + TODAY.minusDays(200) + "\",\"birthDate\":\"2000-01-01\",\"personalAdvisor\":\"bench-team\"}").expect(201).json()
                    .get("id").asLong();
            put(User.ADMIN, M + "/students/" + student + "/plan", "{\"periods\":["
                    + MessagesIT.period(1, "BASIC", 1, TODAY.minusDays(200), TODAY.minusDays(10), null) + ","
                    + MessagesIT.period(2, "PLACEMENT", 1, TODAY.minusDays(10), TODAY.plusDays(100), supervisor) + "]}").expect(200);
            long conversation = send("bench-team", PASSWORD, "POST", M + "/students/" + student + "/conversations", "application/json",
                    "{\"subject\":\"Samtale " + i + "\",\"text\":\"Første besked\"}").expect(201).json().get("id").asLong();
            pages.add(new Page(supervisor, student, conversation, new long[]{0}));
        }

        Map<Long, Long> postedAt = new ConcurrentHashMap<>();
        List<Long> delivery = new CopyOnWriteArrayList<>();
        List<Long> pollMillis = new CopyOnWriteArrayList<>();
        AtomicInteger pollErrors = new AtomicInteger();
        ScheduledExecutorService pollers = Executors.newScheduledThreadPool(CONVERSATIONS);
        for (Page page : pages) {
            pollers.scheduleAtFixedRate(() -> poll(page, postedAt, delivery, pollMillis, pollErrors),
                    ThreadLocalRandom.current().nextInt(1000), 1000, TimeUnit.MILLISECONDS);
        }
        sleep(5_000); // every page open and caught up
        delivery.clear();
        pollMillis.clear();

        AtomicInteger posted = new AtomicInteger();
        AtomicInteger postErrors = new AtomicInteger();
        List<Long> postMillis = new CopyOnWriteArrayList<>();
        long end = System.currentTimeMillis() + RUN_MILLIS;
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int offset = w;
            Thread t = new Thread(() -> {
                int n = offset;
                while (System.currentTimeMillis() < end) {
                    Page page = pages.get(n++ % CONVERSATIONS);
                    long start = System.nanoTime();
                    Answer a = send("bench-team", PASSWORD, "POST", M + "/students/" + page.student() + "/conversations/"
                            + page.conversation() + "/messages", "application/json", "{\"text\":\"Besked " + n + " fra skriver " + offset + "\"}");
                    long done = System.nanoTime();
                    if (a.status() == 201) {
                        postedAt.put(a.json().get("id").asLong(), done);
                        postMillis.add((done - start) / 1_000_000);
                        posted.incrementAndGet();
                    } else {
                        postErrors.incrementAndGet();
                    }
                }
            });
            t.start();
            writers.add(t);
        }
        for (Thread t : writers) {
            t.join();
        }
        sleep(5_000); // the pages catch up
        pollers.shutdownNow();
        pollers.awaitTermination(10, TimeUnit.SECONDS);

        double perSecond = posted.get() * 1000.0 / RUN_MILLIS;
        String figures = String.format("Messages benchmark, %s, %d cores%n"
                        + "open conversations (pages polling inbox + thread every second): %d%n"
                        + "writers: %d, for %d s%n"
                        + "messages posted: %d (%.1f per second), failed posts: %d%n"
                        + "post latency ms: median %d, p95 %d, max %d%n"
                        + "time until the other participant's open page has the message, ms: median %d, p95 %d, max %d (%d messages seen)%n"
                        + "one page poll (inbox + thread) ms: median %d, p95 %d, max %d; failed polls: %d%n",
                LocalDate.now(), Runtime.getRuntime().availableProcessors(), CONVERSATIONS, WRITERS, RUN_MILLIS / 1000,
                posted.get(), perSecond, postErrors.get(),
                pct(postMillis, 50), pct(postMillis, 95), pct(postMillis, 100),
                pct(delivery, 50), pct(delivery, 95), pct(delivery, 100), delivery.size(),
                pct(pollMillis, 50), pct(pollMillis, 95), pct(pollMillis, 100), pollErrors.get());
        System.out.println(figures);
        try {
            Files.writeString(Path.of(System.getProperty("sosuhub.bench.figures", "target/messages-benchmark.txt")), figures,
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.out.println("Could not write the figures: " + e);
        }
        assertTrue("messages were posted", posted.get() > 0);
        assertTrue("the pages saw the messages", delivery.size() > posted.get() / 2);
    }

    private void poll(Page page, Map<Long, Long> postedAt, List<Long> delivery, List<Long> pollMillis, AtomicInteger errors) {
        try {
            long start = System.nanoTime();
            Answer inbox = send(page.user(), PASSWORD, "GET", "/api/v1/me/inbox", null, null);
            Answer thread = send(page.user(), PASSWORD, "GET", M + "/students/" + page.student() + "/conversations/" + page.conversation()
                    + "/messages?after=" + page.lastSeen()[0], null, null);
            long now = System.nanoTime();
            if (inbox.status() != 200 || thread.status() != 200) {
                errors.incrementAndGet();
                return;
            }
            pollMillis.add((now - start) / 1_000_000);
            for (JsonNode m : thread.json()) {
                long id = m.get("id").asLong();
                Long at = postedAt.get(id);
                if (at != null) {
                    delivery.add(Math.max(0, (now - at) / 1_000_000));
                }
                page.lastSeen()[0] = Math.max(page.lastSeen()[0], id);
            }
        } catch (RuntimeException | AssertionError e) {
            errors.incrementAndGet();
        }
    }

    private void user(String name, String role) {
        post(User.ADMIN, "/api/v1/users", "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"" + role
                + "\"],\"municipality\":\"" + CODE + "\"}").expect(201);
    }

    private static long pct(List<Long> values, int percentile) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
