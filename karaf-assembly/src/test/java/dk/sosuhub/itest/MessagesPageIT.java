package dk.sosuhub.itest;

import dk.sosuhub.itest.browser.Browser;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import java.time.LocalDate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The pages of module messages in headless Chromium: on /beskeder an advisor writes and the supervisor, with the
 * conversation open in another browser, sees the message within 2 seconds without a reload; on /mit-forloeb the
 * student sees their plan and conversations and gives consent to share handovers. In Hillerød (219).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class MessagesPageIT extends PageTestSupport {

    private static final String CODE = "219";
    private static final String M = "/api/v1/municipalities/" + CODE;
    private static final String PASSWORD = "beskeder-side-2026";
    private static final LocalDate TODAY = LocalDate.now(DENMARK);
    private static long student;
    private static long conversation;

    @Before
    public void prepare() {
        awaitPlatform();
        await(User.NOBODY, "/beskeder", a -> a.status() == 200 && a.text().contains("beskeder.js"));
        if (conversation != 0) {
            return;
        }
        Answer created = post(User.ADMIN, "/api/v1/municipalities", "{\"code\":\"" + CODE + "\",\"name\":\"Hillerød\"}");
        assertTrue(created.text(), created.status() == 201 || created.status() == 409);
        user("side-raadgiver", "education-team", null);
        user("side-vejleder", "supervisor", null);
        LocalDate start = TODAY.minusDays(300);
        student = post(User.ADMIN, M + "/students", "{\"name\":\"Ida Ærbødig\",\"programme\":\"SSH\",\"startDate\":\"" + start
                + "\",\"birthDate\":\"2001-02-03\",\"personalAdvisor\":\"side-raadgiver\"}").expect(201).json().get("id").asLong();
        put(User.ADMIN, M + "/students/" + student + "/plan", "{\"periods\":["
                + MessagesIT.period(1, "BASIC", 1, start, TODAY.minusDays(20), null) + ","
                + MessagesIT.period(2, "PLACEMENT", 1, TODAY.minusDays(20), TODAY.plusDays(60), "side-vejleder").replace("Plejecentret Solbakken",
                "Hjemmeplejen Øst") + ","
                + MessagesIT.period(3, "SCHOOL", 1, TODAY.plusDays(60), TODAY.plusDays(200), null) + "]}").expect(200);
        user("side-elev", "student", student);
        conversation = send("side-raadgiver", PASSWORD, "POST", M + "/students/" + student + "/conversations", "application/json",
                "{\"subject\":\"Ugens aftaler\",\"text\":\"Velkommen i hjemmeplejen, Ida!\"}").expect(201).json().get("id").asLong();
    }

    private void user(String name, String role, Long studentId) {
        post(User.ADMIN, "/api/v1/users", "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"" + role
                + "\"],\"municipality\":\"" + CODE + "\"" + (studentId == null ? "" : ",\"studentId\":" + studentId) + "}").expect(201);
    }

    private static void signIn(Browser browser, String path, String username) {
        browser.open(BASE + path);
        browser.await("#brugernavn").type(username);
        browser.find("#adgangskode").type(PASSWORD);
        browser.find("#log-ind button[type=submit]").click();
        browser.awaitText("#bruger", username::equals);
    }

    private static void openConversation(Browser browser) {
        browser.await("#indbakke li[data-samtale=\"" + conversation + "\"] button").click();
        browser.awaitText("#samtale-titel", "Ugens aftaler"::equals);
        browser.await("#traad [data-besked]");
    }

    @Test
    public void theSupervisorSeesTheAdvisorsMessageWithin2SecondsWithoutAReload() throws Exception {
        browse("beskeder-vejleder", supervisor -> {
            signIn(supervisor, "/beskeder", "side-vejleder");
            openConversation(supervisor);
            Object before = supervisor.script("return performance.timeOrigin").asDouble();
            browse("beskeder-raadgiver", advisor -> {
                signIn(advisor, "/beskeder", "side-raadgiver");
                openConversation(advisor);
                String text = "Husk mødet på torsdag kl. 9 – læs https://www.sosu.dk/elev først";
                advisor.find("#ny-besked").type(text);
                long sent = System.nanoTime();
                advisor.find("#send").click();
                supervisor.waitFor("the message in the supervisor's thread",
                        () -> supervisor.find("#traad").text().contains("Husk mødet på torsdag") ? Boolean.TRUE : null);
                long millis = (System.nanoTime() - sent) / 1_000_000;
                System.out.printf("MessagesPageIT: the supervisor's open page showed the new message %d ms after the advisor"
                        + " clicked Send%n", millis);
                // the advisor's own page shows it too
                advisor.waitFor("the message in the advisor's thread",
                        () -> advisor.find("#traad").text().contains("Husk mødet på torsdag") ? Boolean.TRUE : null);
                assertTrue("shown after " + millis + " ms", millis <= 2_000);
            });
            // no reload happened: the page's time origin is the same, and the link is a link
            assertEquals(before, supervisor.script("return performance.timeOrigin").asDouble());
            assertEquals("https://www.sosu.dk/elev", supervisor.find("#traad .besked:last-child a").attribute("href"));
            assertEquals("Beskeder", supervisor.find("main h1").text());
        });
    }

    @Test
    public void theStudentSeesTheirJourneyAndConsentsToShareHandovers() throws Exception {
        browse("mit-forloeb", browser -> {
            signIn(browser, "/mit-forloeb", "side-elev");
            assertEquals("Mit forløb", browser.awaitText("main h1", t -> !t.isEmpty()));
            String plan = browser.awaitText("#plan", t -> t.contains("Oplæringsperiode"));
            assertTrue(plan, plan.contains("Hjemmeplejen Øst") && plan.contains("side-vejleder") && plan.contains("(nu)"));
            browser.await("#indbakke li[data-samtale=\"" + conversation + "\"] button").click();
            browser.awaitText("#traad", t -> t.contains("Velkommen i hjemmeplejen, Ida!"));
            browser.awaitText("#overgang-liste", t -> t.contains("ingen overgangsskemaer"));
            browser.find("#samtykke").click();
            browser.awaitText("#samtykke-status", t -> t.contains("Dit næste oplæringssted kan nu læse"));
        });
        assertTrue(send("side-elev", PASSWORD, "GET", M + "/students/" + student + "/consents/handover", null, null).expect(200)
                .json().get("given").asBoolean());
        // staff are told the page is for students
        browse("mit-forloeb-personale", browser -> {
            signIn(browser, "/mit-forloeb", "side-raadgiver");
            browser.awaitText("main .alert", t -> t.contains("Siden er for elever"));
        });
    }
}
