package dk.sosuhub.itest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import javax.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * Module messages (Beskeder) in the running platform: conversations whose participants follow the student's plan,
 * read state and inbox, attachments typed by content, handovers with the student's consent, bad input refused
 * without a change, tenants kept apart, SOAP; and the mails, through a real SMTP server (GreenMail) started here,
 * on each person's terms, lost by no outage of the server. Hillerød (219) keeps Frederikssund's figures untouched.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class MessagesIT extends SosuHubTestSupport {

    private static final String CODE = "219";
    private static final String M = "/api/v1/municipalities/" + CODE;
    private static final String PASSWORD = "beskeder-2026";
    /** The SMTP port: next to the HTTP port, so that parallel checkouts never share one. */
    private static final int SMTP_PORT = Integer.parseInt(PORT) + 1;
    private static final LocalDate TODAY = LocalDate.now(DENMARK);

    private static boolean prepared;
    private static long signe;
    private static long karl;
    private static long freja;
    private static long bo;

    @Inject
    protected BundleContext context;

    @Inject
    protected ConfigurationAdmin configurations;

    @Before
    public void prepare() {
        awaitPlatform();
        await(User.NOBODY, "/soap/messages?wsdl", a -> a.status() == 200);
        if (prepared) {
            return;
        }
        Answer created = post(User.ADMIN, "/api/v1/municipalities", "{\"code\":\"" + CODE + "\",\"name\":\"Hillerød\"}");
        assertTrue(created.text(), created.status() == 201 || created.status() == 409);
        for (String[] u : new String[][]{{"hil-raadgiver", "education-team"}, {"hil-team", "education-team"},
                {"hil-vejleder", "supervisor"}, {"hil-tidl", "supervisor"}, {"hil-naeste", "supervisor"},
                {"hil-fremmed", "supervisor"}, {"hil-admin", "municipality-admin"}, {"mail-raadgiver", "education-team"},
                {"mail-team", "education-team"}, {"mail-vejleder", "supervisor"}}) {
            user(u[0], u[1], null);
        }
        signe = student("Signe Bøgelund-Æbelø", "hil-raadgiver", "hil-tidl", "hil-vejleder", "hil-naeste");
        karl = student("Karl Østergård", "hil-raadgiver", null, null, null);
        freja = student("Freja Lindholm-Ærø", "mail-raadgiver", null, "mail-vejleder", null);
        bo = student("Bo Ærenfeldt", "mail-raadgiver", null, null, null);
        user("hil-elev", "student", signe);
        user("mail-elev", "student", freja);
        prepared = true;
    }

    private void user(String name, String role, Long studentId) {
        post(User.ADMIN, "/api/v1/users", "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"" + role
                + "\"],\"municipality\":\"" + CODE + "\",\"email\":\"" + name + "@hillerod.dk\""
                + (studentId == null ? "" : ",\"studentId\":" + studentId) + "}").expect(201);
    }

    /**
     * A student whose plan has an ended placement (former supervisor), one ending tomorrow (current) and the next
     * one starting tomorrow: its handovers are readable from today.
     */
    private long student(String name, String advisor, String former, String current, String next) {
        LocalDate start = TODAY.minusDays(400);
        long id = post(User.ADMIN, M + "/students", "{\"name\":\"" + name + "\",\"programme\":\"SSA\",\"startDate\":\"" + start
                + "\",\"birthDate\":\"1998-04-01\",\"personalAdvisor\":\"" + advisor + "\"}").expect(201).json().get("id").asLong();
        String plan = "{\"periods\":[" + period(1, "BASIC", 1, start, TODAY.minusDays(200), null) + ","
                + period(2, "PLACEMENT", 1, TODAY.minusDays(200), TODAY.minusDays(100), former) + ","
                + period(3, "SCHOOL", 1, TODAY.minusDays(100), TODAY.minusDays(30), null) + ","
                + period(4, "PLACEMENT", 2, TODAY.minusDays(30), TODAY.plusDays(1), current) + ","
                + period(5, "PLACEMENT", 3, TODAY.plusDays(1), TODAY.plusDays(100), next) + ","
                + period(6, "SCHOOL", 2, TODAY.plusDays(100), TODAY.plusDays(400), null) + "]}";
        put(User.ADMIN, M + "/students/" + id + "/plan", plan).expect(200);
        return id;
    }

    static String period(int seq, String kind, int number, LocalDate from, LocalDate to, String supervisor) {
        return "{\"seq\":" + seq + ",\"number\":" + number + ",\"kind\":\"" + kind + "\",\"startDate\":\"" + from + "\",\"endDate\":\"" + to + "\""
                + (supervisor == null ? "" : ",\"site\":\"Plejecentret Solbakken\",\"supervisor\":\"" + supervisor + "\"") + "}";
    }

    private Answer as(String user, String method, String path, String json) {
        return send(user, PASSWORD, method, path, json == null ? null : "application/json", json);
    }

    private static String conversations(long student) {
        return M + "/students/" + student + "/conversations";
    }

    private long start(String user, long student, String json) {
        return as(user, "POST", conversations(student), json).expect(201).json().get("id").asLong();
    }

    private static int unread(JsonNode inbox, long conversation) {
        for (JsonNode c : inbox.get("conversations")) {
            if (c.get("id").asLong() == conversation) {
                return c.get("unread").asInt();
            }
        }
        return -1;
    }

    // --- conversations

    @Test
    public void participantsFollowThePlanAndEachHasTheirReadState() {
        String c1 = conversations(signe) + "/" + start("hil-raadgiver", signe,
                "{\"subject\":\"Opstart på Solbakken\",\"text\":\"Velkommen! Læs https://www.sosu.dk/elev før mødet.\"}");
        long id1 = Long.parseLong(c1.replaceAll(".*/", ""));
        JsonNode first = as("hil-elev", "GET", c1 + "/messages", null).expect(200).json();
        assertEquals(1, first.size());
        assertEquals("[\"https://www.sosu.dk/elev\"]", first.get(0).get("links").toString());
        assertEquals("Velkommen! Læs https://www.sosu.dk/elev før mødet.", first.get(0).get("text").asText());
        long reply = as("hil-elev", "POST", c1 + "/messages", "{\"text\":\"Tak, jeg glæder mig\"}").expect(201).json().get("id").asLong();

        // the current supervisor takes part; the inbox counts what they have not read
        assertEquals(2, unread(as("hil-vejleder", "GET", "/api/v1/me/inbox", null).expect(200).json(), id1));
        assertEquals(2, as("hil-vejleder", "GET", c1 + "/messages", null).expect(200).json().size());
        assertEquals(0, unread(as("hil-vejleder", "GET", "/api/v1/me/inbox", null).json(), id1));
        assertEquals(0, as("hil-vejleder", "GET", c1 + "/messages?after=" + reply, null).expect(200).json().size());
        // each participant has their own read state
        assertEquals(1, unread(as("hil-raadgiver", "GET", "/api/v1/me/inbox", null).json(), id1));
        assertEquals(0, unread(as("hil-elev", "GET", "/api/v1/me/inbox", null).json(), id1));

        // the previous placement's supervisor keeps what was written before it ended: nothing here; writes no more
        as("hil-tidl", "GET", c1, null).expect(200);
        assertEquals(0, as("hil-tidl", "GET", c1 + "/messages", null).expect(200).json().size());
        as("hil-tidl", "POST", c1 + "/messages", "{\"text\":\"Hej\"}").problem(403, "forbidden");
        // the next placement's supervisor joins when it starts; strangers never
        as("hil-naeste", "GET", c1 + "/messages", null).problem(403, "forbidden");
        // a supervisor with no placement of the student's does not see the student at all (need to know)
        as("hil-fremmed", "GET", c1 + "/messages", null).problem(404, "not-found");
        as("hil-fremmed", "GET", conversations(signe), null).problem(404, "not-found");
        as("hil-admin", "GET", c1 + "/messages", null).problem(403, "forbidden");
        assertEquals(-1, unread(as("hil-fremmed", "GET", "/api/v1/me/inbox", null).expect(200).json(), id1));

        // staff only: without the student
        long staff = start("hil-vejleder", signe, "{\"subject\":\"Aftaler om støtte\",\"staffOnly\":true,\"text\":\"Kun for os\"}");
        as("hil-elev", "GET", conversations(signe) + "/" + staff, null).problem(403, "forbidden");
        as("hil-elev", "GET", conversations(signe) + "/" + staff + "/messages", null).problem(403, "forbidden");
        assertFalse(as("hil-elev", "GET", conversations(signe), null).expect(200).text().contains("Aftaler om støtte"));
        assertTrue(as("hil-raadgiver", "GET", conversations(signe), null).expect(200).text().contains("Aftaler om støtte"));
        as("hil-elev", "POST", conversations(signe), "{\"subject\":\"Hemmeligt\",\"staffOnly\":true}").problem(403, "forbidden");

        // other municipalities: refused by the platform (403), their ids are not found here (404)
        get(User.AARHUS, conversations(signe)).problem(403, "forbidden");
        get(User.AARHUS, c1 + "/messages").problem(403, "forbidden");
        as("hil-raadgiver", "GET", conversations(karl) + "/" + id1, null).problem(404, "not-found");
        as("hil-raadgiver", "GET", conversations(signe) + "/999999999", null).problem(404, "not-found");
        long aarhusStudent = get(User.AARHUS, "/api/v1/municipalities/751/students").expect(200).json().get("items").get(0)
                .get("id").asLong();
        post(User.ADMIN, "/api/v1/users", "{\"username\":\"aar-team\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"education-team\"],"
                + "\"municipality\":\"751\"}").expect(201);
        long aarhusConversation = send("aar-team", PASSWORD, "POST", "/api/v1/municipalities/751/students/" + aarhusStudent
                + "/conversations", "application/json", "{\"subject\":\"Aarhus\",\"text\":\"Hej\"}").expect(201).json().get("id").asLong();
        as("hil-raadgiver", "GET", conversations(signe) + "/" + aarhusConversation + "/messages", null).problem(404, "not-found");
        as("hil-raadgiver", "GET", M + "/students/" + aarhusStudent + "/conversations", null).problem(404, "not-found");
        send("aar-team", PASSWORD, "GET", c1, null, null).problem(403, "forbidden");
        assertEquals(-1, unread(send("aar-team", PASSWORD, "GET", "/api/v1/me/inbox", null, null).expect(200).json(), id1));
        // the inbox is for users of a municipality
        get(User.ADMIN, "/api/v1/me/inbox").problem(403, "forbidden");
    }

    @Test
    public void badInputIsRefusedAndChangesNothing() {
        String c = conversations(karl) + "/" + start("hil-team", karl, "{\"subject\":\"Fravær\"}");
        int conversationsBefore = as("hil-team", "GET", conversations(karl), null).expect(200).json().size();
        assertEquals(List.of("subject"), fields(as("hil-team", "POST", conversations(karl), "{\"subject\":\"\"}").problem(422, "validation")));
        assertEquals(List.of("subject"), fields(as("hil-team", "POST", conversations(karl), "{\"subject\":\"" + "x".repeat(201) + "\"}")
                .problem(422, "validation")));
        assertEquals(List.of("colour"), fields(as("hil-team", "POST", conversations(karl), "{\"subject\":\"x\",\"colour\":\"blå\"}")
                .problem(422, "validation")));
        as("hil-team", "POST", conversations(karl), "{\"subject\":").problem(400, "malformed-json");
        assertEquals(List.of("text"), fields(as("hil-team", "POST", c + "/messages", "{\"text\":\"   \"}").problem(422, "validation")));
        assertEquals(List.of("text"), fields(as("hil-team", "POST", c + "/messages", "{\"text\":\"" + "æ".repeat(10_001) + "\"}")
                .problem(422, "validation")));
        assertEquals(List.of("attachmentIds[0]"), fields(as("hil-team", "POST", c + "/messages",
                "{\"text\":\"Se bilag\",\"attachmentIds\":[999999999]}").problem(422, "validation")));
        assertEquals(conversationsBefore, as("hil-team", "GET", conversations(karl), null).json().size());
        assertEquals(0, as("hil-team", "GET", c + "/messages", null).expect(200).json().size());

        JsonNode prefs = as("hil-team", "GET", "/api/v1/me/notifications", null).expect(200).json();
        assertEquals("{\"MESSAGE\":\"IMMEDIATE\",\"ABSENCE\":\"IMMEDIATE\",\"HANDOVER\":\"IMMEDIATE\"}", prefs.toString());
        assertEquals(List.of("MESSAGE"), fields(as("hil-team", "PUT", "/api/v1/me/notifications",
                "{\"ABSENCE\":\"DAILY\",\"MESSAGE\":\"SOMETIMES\"}").problem(422, "validation")));
        assertEquals(List.of("SMS"), fields(as("hil-team", "PUT", "/api/v1/me/notifications", "{\"SMS\":\"DAILY\"}").problem(422, "validation")));
        assertEquals(prefs, as("hil-team", "GET", "/api/v1/me/notifications", null).json());
        JsonNode set = as("hil-team", "PUT", "/api/v1/me/notifications", "{\"ABSENCE\":\"DAILY\",\"HANDOVER\":\"WEEKLY\"}").expect(200).json();
        assertEquals("{\"MESSAGE\":\"IMMEDIATE\",\"ABSENCE\":\"DAILY\",\"HANDOVER\":\"WEEKLY\"}", set.toString());

        assertEquals(List.of("learnt", "support", "nextSiteNotes"), fields(as("hil-vejleder", "POST", M + "/students/" + signe
                + "/handovers", "{\"learnt\":\"\"}").problem(422, "validation")));
        assertEquals(List.of("given"), fields(as("hil-elev", "PUT", M + "/students/" + signe + "/consents/handover", "{}")
                .problem(422, "validation")));
        as("hil-elev", "PUT", M + "/students/" + signe + "/consents/handover", "{\"given\":\"måske\"}").problem(422, "validation");
    }

    private static List<String> fields(Answer problem) {
        List<String> out = new ArrayList<>();
        problem.json().get("errors").forEach(e -> out.add(e.get("field").asText()));
        return out;
    }

    @Test
    public void attachmentsAreTypedByContentNotByName() {
        String c = conversations(signe) + "/" + start("hil-raadgiver", signe, "{\"subject\":\"Praktikaftale\"}");
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        JsonNode file = sendBytes("hil-raadgiver", PASSWORD, "POST", c + "/attachments?filename=aftale.exe", "application/octet-stream", pdf)
                .expect(201).json();
        assertEquals("application/pdf", file.get("contentType").asText());
        assertEquals(pdf.length, file.get("size").asInt());
        assertEquals(List.of("content"), fields(sendBytes("hil-raadgiver", PASSWORD, "POST", c + "/attachments?filename=cv.pdf",
                "application/octet-stream", "Bare tekst, ikke en PDF".getBytes(StandardCharsets.UTF_8)).problem(422, "validation")));
        byte[] huge = Arrays.copyOf(pdf, 10 * 1024 * 1024 + 1);
        assertEquals(413, sendBytes("hil-raadgiver", PASSWORD, "POST", c + "/attachments?filename=stor.pdf", "application/octet-stream", huge)
                .status());
        long fileId = file.get("id").asLong();
        // nobody else sees a file before a message carries it
        as("hil-vejleder", "GET", c + "/attachments/" + fileId, null).problem(404, "not-found");
        as("hil-vejleder", "POST", c + "/messages", "{\"text\":\"Mit bilag\",\"attachmentIds\":[" + fileId + "]}").problem(422, "validation");
        JsonNode message = as("hil-raadgiver", "POST", c + "/messages", "{\"text\":\"Aftalen er vedhæftet\",\"attachmentIds\":[" + fileId
                + "]}").expect(201).json();
        assertEquals("aftale.exe", message.get("attachments").get(0).get("fileName").asText());
        Answer download = as("hil-elev", "GET", c + "/attachments/" + fileId, null).expect(200);
        assertEquals("application/pdf", download.contentType());
        assertEquals(new String(pdf, StandardCharsets.US_ASCII), download.text());
        as("hil-naeste", "GET", c + "/attachments/" + fileId, null).problem(403, "forbidden");
        assertEquals(List.of("attachmentIds[0]"), fields(as("hil-raadgiver", "POST", c + "/messages",
                "{\"text\":\"Igen\",\"attachmentIds\":[" + fileId + "]}").problem(422, "validation")));
    }

    // --- handovers

    @Test
    public void handoversReachTheNextSiteOnlyWithTheStudentsConsent() {
        String handovers = M + "/students/" + signe + "/handovers";
        String consent = M + "/students/" + signe + "/consents/handover";
        as("hil-fremmed", "POST", handovers, "{\"learnt\":\"a\",\"support\":\"b\",\"nextSiteNotes\":\"c\"}").problem(404, "not-found");
        as("hil-elev", "POST", handovers, "{\"learnt\":\"a\",\"support\":\"b\",\"nextSiteNotes\":\"c\"}").problem(403, "forbidden");
        JsonNode written = as("hil-vejleder", "POST", handovers, "{\"learnt\":\"Signe har lært at dosere medicin\","
                + "\"support\":\"Dansk-undervisning om onsdagen\",\"nextSiteNotes\":\"Trives med faste rammer\"}").expect(201).json();
        assertEquals(2, written.get("placement").asInt());
        assertEquals(TODAY.toString(), written.get("readableFrom").asText());
        long id = written.get("id").asLong();

        // no consent yet: the next site sees that it exists, not what it says
        assertFalse(as("hil-elev", "GET", consent, null).expect(200).json().get("given").asBoolean());
        JsonNode hidden = find(as("hil-naeste", "GET", handovers, null).expect(200).json(), id);
        assertFalse(hidden.get("shared").asBoolean());
        assertTrue(hidden.get("learnt").isNull() && hidden.get("support").isNull() && hidden.get("nextSiteNotes").isNull());
        assertEquals("Signe har lært at dosere medicin", find(as("hil-raadgiver", "GET", handovers, null).expect(200).json(), id)
                .get("learnt").asText());
        assertEquals("Trives med faste rammer", find(as("hil-elev", "GET", handovers, null).expect(200).json(), id)
                .get("nextSiteNotes").asText());
        as("hil-fremmed", "GET", handovers, null).problem(404, "not-found");
        get(User.AARHUS, handovers).problem(403, "forbidden");

        // only the student consents; it takes effect at once, and so does the withdrawal
        as("hil-vejleder", "PUT", consent, "{\"given\":true}").problem(403, "forbidden");
        assertTrue(as("hil-elev", "PUT", consent, "{\"given\":true}").expect(200).json().get("given").asBoolean());
        assertEquals("Dansk-undervisning om onsdagen", find(as("hil-naeste", "GET", handovers, null).json(), id).get("support").asText());
        assertFalse(as("hil-elev", "PUT", consent, "{\"given\":false}").expect(200).json().get("given").asBoolean());
        JsonNode withdrawn = find(as("hil-naeste", "GET", handovers, null).json(), id);
        assertFalse(withdrawn.get("shared").asBoolean());
        assertTrue(withdrawn.get("learnt").isNull());

        // a supervisor writes handovers only about the students they supervise; others they do not see (need to know)
        String karlHandovers = M + "/students/" + karl + "/handovers";
        as("hil-vejleder", "POST", karlHandovers, "{\"learnt\":\"a\",\"support\":\"b\",\"nextSiteNotes\":\"c\"}").problem(404, "not-found");
    }

    private static JsonNode find(JsonNode list, long id) {
        for (JsonNode n : list) {
            if (n.get("id").asLong() == id) {
                return n;
            }
        }
        fail("no " + id + " in " + list);
        return null;
    }

    // --- SOAP

    @Test
    public void soapListsAndPostsWithTheSameRules() {
        String wsdl = get(User.NOBODY, "/soap/messages?wsdl").expect(200).text();
        for (String op : new String[]{"listConversations", "startConversation", "listMessages", "postMessage", "listHandovers",
                "countUnread"}) {
            assertTrue(op, wsdl.contains("\"" + op + "\""));
        }
        long c = start("hil-team", karl, "{\"subject\":\"Skoleperiode\",\"text\":\"Husk bøgerne\"}");
        Answer list = soapAs("hil-raadgiver", "listConversations", CODE, "<studentId>" + karl + "</studentId>").expect(200);
        assertTrue(list.text(), list.text().contains("<subject>Skoleperiode</subject>"));
        Answer posted = soapAs("hil-raadgiver", "postMessage", CODE, "<conversationId>" + c + "</conversationId><text>Tak, æøå</text>")
                .expect(200);
        assertTrue(posted.text(), posted.text().contains("<text>Tak, æøå</text>"));
        Answer refused = soapAs("hil-fremmed", "listMessages", CODE, "<conversationId>" + c + "</conversationId>");
        assertTrue(refused.text(), refused.status() == 500 && refused.text().contains("<status>403</status>"));
        Answer aarhus = soap(User.AARHUS, "messages", "<m:listConversations xmlns:m=\"urn:sosuhub:messages\"><municipality>" + CODE
                + "</municipality><studentId>" + karl + "</studentId></m:listConversations>");
        assertTrue(aarhus.text(), aarhus.status() == 500 && aarhus.text().contains("<status>403</status>"));
    }

    private Answer soapAs(String user, String operation, String code, String params) {
        String envelope = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body><m:" + operation
                + " xmlns:m=\"urn:sosuhub:messages\"><municipality>" + code + "</municipality>" + params + "</m:" + operation
                + "></soapenv:Body></soapenv:Envelope>";
        return send(user, PASSWORD, "POST", "/soap/messages", "text/xml; charset=UTF-8", envelope);
    }

    // --- mails

    @Test
    public void mailsFollowEachPersonsTermsAndSurviveAnOutage() throws Exception {
        installGreenMail();
        MailServer server = new MailServer(SMTP_PORT);
        server.start();
        try {
            configureMail("host", "127.0.0.1", "port", String.valueOf(SMTP_PORT), "immediateDelay", "PT3S", "sendHours", "00-24",
                    "retryDelay", "PT1S", "dailyAt", LocalTime.now(DENMARK).minusMinutes(2).format(DateTimeFormatter.ofPattern("HH:mm:ss")));
            send("mail-elev", PASSWORD, "PUT", "/api/v1/me/notifications", "application/json", "{\"MESSAGE\":\"NEVER\"}").expect(200);
            send("mail-raadgiver", PASSWORD, "PUT", "/api/v1/me/notifications", "application/json", "{\"MESSAGE\":\"DAILY\"}").expect(200);

            // IMMEDIATE: a burst of three becomes one mail, within the delay
            long started = System.currentTimeMillis();
            long c = sendJson("mail-team", "POST", conversations(freja), "{\"subject\":\"Medicinhåndtering\",\"text\":\"Hemmelig detalje 1\"}")
                    .expect(201).json().get("id").asLong();
            String messages = conversations(freja) + "/" + c + "/messages";
            sendJson("mail-team", "POST", messages, "{\"text\":\"Hemmelig detalje 2\"}").expect(201);
            sendJson("mail-team", "POST", messages, "{\"text\":\"Hemmelig detalje 3\"}").expect(201);
            List<MailServer.Mail> toSupervisor = awaitMails(server, "mail-vejleder@hillerod.dk", 1, 20_000);
            long took = System.currentTimeMillis() - started;
            assertTrue("mailed after " + took + " ms: the delay gathers the burst", took >= 2_500);
            assertTrue("mailed after " + took + " ms: within the delay and a dispatch round", took < 3_000 + 6_000);
            MailServer.Mail mail = toSupervisor.get(0);
            assertEquals("SOSU Hub: nyt om Freja", mail.subject());
            assertTrue(mail.text(), mail.text().contains("3 nye beskeder om Freja"));
            assertTrue(mail.text(), mail.text().contains("/beskeder"));
            assertNoStudentData(mail);

            // NEVER: nothing; DAILY: not before the digest
            sleep(4_000);
            assertEquals(1, server.to("mail-vejleder@hillerod.dk").size());
            assertEquals(0, server.to("mail-elev@hillerod.dk").size());
            assertEquals(0, server.to("mail-raadgiver@hillerod.dk").size());

            // an absence (registered through core) reaches the advisor and the current supervisor, without its details
            post(User.ADMIN, M + "/students/" + freja + "/absences", "{\"date\":\"" + TODAY + "\",\"sickDays\":1.5}").expect(201);
            MailServer.Mail absence = awaitMails(server, "mail-raadgiver@hillerod.dk", 1, 20_000).get(0);
            assertTrue(absence.text(), absence.text().contains("1 fraværsregistrering for Freja"));
            assertFalse(absence.text(), absence.text().contains("ny besked") || absence.text().contains("nye beskeder"));
            assertFalse(absence.text(), absence.text().contains(TODAY.toString()) || absence.text().contains("1,5")
                    || absence.text().contains("1.5"));
            assertNoStudentData(absence);
            assertTrue(awaitMails(server, "mail-vejleder@hillerod.dk", 2, 20_000).get(1).text().contains("fraværsregistrering"));

            // DAILY: the digest leaves out what the advisor has read (Bo's message), keeps the rest (Freja's three)
            long boConversation = sendJson("mail-team", "POST", conversations(bo), "{\"subject\":\"Skema\",\"text\":\"Nyt skema\"}")
                    .expect(201).json().get("id").asLong();
            sendJson("mail-raadgiver", "GET", conversations(bo) + "/" + boConversation + "/messages", null).expect(200);
            configureMail("dailyAt", LocalTime.now(DENMARK).plusSeconds(4).format(DateTimeFormatter.ofPattern("HH:mm:ss")));
            MailServer.Mail digest = awaitMails(server, "mail-raadgiver@hillerod.dk", 2, 30_000).get(1);
            assertTrue(digest.text(), digest.text().contains("3 nye beskeder om Freja"));
            assertFalse(digest.text(), digest.text().contains("Bo"));
            assertNoStudentData(digest);
            configureMail("dailyAt", "16:00");

            // the mail server goes down: the mail waits in the database, also through a restart of the module
            server.stop();
            sendJson("mail-team", "POST", messages, "{\"text\":\"Mens serveren er nede\"}").expect(201);
            sleep(6_000);
            Bundle module = Arrays.stream(context.getBundles()).filter(b -> b.getSymbolicName().equals("dk.sosuhub.messages"))
                    .findFirst().orElseThrow();
            module.stop();
            module.start();
            await(User.NOBODY, "/soap/messages?wsdl", a -> a.status() == 200);
            sleep(2_000);
            server = new MailServer(SMTP_PORT);
            server.start();
            MailServer.Mail late = awaitMails(server, "mail-vejleder@hillerod.dk", 1, 45_000).get(0);
            assertTrue(late.text(), late.text().contains("1 ny besked om Freja"));
            assertNoStudentData(late);
            sleep(3_000);
            assertEquals("delivered once", 1, server.to("mail-vejleder@hillerod.dk").size());
            assertEquals(0, server.to("mail-elev@hillerod.dk").size());
        } finally {
            server.stop();
            configureMail("host", "", "dailyAt", "16:00");
        }
    }

    private Answer sendJson(String user, String method, String path, String json) {
        return send(user, PASSWORD, method, path, json == null ? null : "application/json", json);
    }

    private static void assertNoStudentData(MailServer.Mail mail) {
        String all = mail.subject() + "\n" + mail.text();
        for (String forbidden : new String[]{"Lindholm", "Ærø", "Ærenfeldt", "Hemmelig", "Medicinhåndtering", "Mens serveren",
                "1998", "Plejecentret", "sickDays", "fravær den"}) {
            assertFalse("'" + forbidden + "' in " + all, all.contains(forbidden));
        }
    }

    private static List<MailServer.Mail> awaitMails(MailServer server, String to, int count, long millis) {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            List<MailServer.Mail> mails = server.to(to);
            if (mails.size() >= count) {
                return mails;
            }
            sleep(100);
        }
        fail(count + " mails to " + to + " expected within " + millis + " ms; got " + server.to(to));
        return null;
    }

    private void installGreenMail() throws Exception {
        for (Bundle b : context.getBundles()) {
            if ("com.icegreen.greenmail".equals(b.getSymbolicName())) {
                return;
            }
        }
        Bundle greenMail = context.installBundle("mvn:com.icegreen/greenmail/2.1.8");
        greenMail.start();
        assertNotNull(greenMail);
    }

    /**
     * Sets properties of the running platform's configuration dk.sosuhub.mail in one update, as an administrator
     * would through etc/dk.sosuhub.mail.cfg; an empty value removes the property (its default applies).
     */
    private void configureMail(String... keyValues) throws Exception {
        Configuration config = configurations.getConfiguration("dk.sosuhub.mail", null);
        Dictionary<String, Object> properties = config.getProperties() == null ? new Hashtable<>() : config.getProperties();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1].isEmpty()) {
                properties.remove(keyValues[i]);
            } else {
                properties.put(keyValues[i], keyValues[i + 1]);
            }
        }
        config.update(properties);
        sleep(1_500);
    }
}
