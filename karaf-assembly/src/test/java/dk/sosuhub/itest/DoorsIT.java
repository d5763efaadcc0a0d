package dk.sosuhub.itest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * Every door is guarded by construction: this enumerates every REST operation the platform serves (from its
 * OpenAPI document) and every SOAP operation (from the WSDL of every service at /soap/services), and proves that
 * each one refuses another municipality's user and, for a module's operation, a municipality that has switched
 * the module off. It also proves that the SOAP face stays up in steady state: after the REST API has been rebuilt
 * and its previous generation retired, and after a module has been reinstalled.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class DoorsIT extends SosuHubTestSupport {

    /** RestServer closes a replaced REST generation this long after the switch; wait past it. */
    private static final long RETIRE_DELAY_MILLIS = 30_000;
    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    @Before
    public void platformIsUp() {
        awaitPlatform();
        await(User.NOBODY, "/soap/students?wsdl", a -> a.status() == 200);
    }

    /** One REST operation of the OpenAPI document. */
    private record RestOperation(String method, String path, String module, String contentType) {
        String concrete(String code) {
            Matcher m = TEMPLATE.matcher(path);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, m.group(1).equals("code") ? code : "1");
            }
            m.appendTail(out);
            return "/api/v1" + out;
        }

        boolean inMunicipality() {
            return path.startsWith("/municipalities/{code}");
        }
    }

    /** One SOAP operation of a published service, with a request that passes the WSDL's schema. */
    private record SoapOperation(String service, String name, boolean takesMunicipality, String request) {
    }

    @Test
    public void everyOperationRefusesAnotherMunicipalitysUser() {
        List<RestOperation> rest = restOperations();
        int checked = 0;
        for (RestOperation op : rest) {
            if (!op.inMunicipality()) {
                continue;
            }
            Answer answer = send(User.AARHUS, op.method(), op.concrete("250"), op.contentType(), body(op));
            assertEquals(op.method() + " " + op.path() + " as Aarhus in 250: " + answer.text(), 403, answer.status());
            checked++;
        }
        List<SoapOperation> soap = soapOperations();
        int soapChecked = 0;
        for (SoapOperation op : soap) {
            if (!op.takesMunicipality()) {
                continue;
            }
            Answer answer = soap(User.AARHUS, op.service(), op.request());
            assertTrue(op.service() + "." + op.name() + " as Aarhus in 250: " + answer.text(),
                    answer.status() == 500 && answer.text().contains("<status>403</status>"));
            soapChecked++;
        }
        System.out.printf("Gating: %d REST operations (%d under /municipalities/{code}) and %d SOAP operations "
                + "(%d take a municipality) refuse another municipality's user%n", rest.size(), checked, soap.size(), soapChecked);
        assertTrue("REST operations enumerated: " + checked, checked > 30);
        assertTrue("SOAP operations enumerated: " + soapChecked, soapChecked > 20);
    }

    @Test
    public void everyModuleOperationRefusesASwitchedOffModule() {
        List<String> switchedOff = switchEveryModuleOff("250");
        try {
            int rest = 0;
            for (RestOperation op : restOperations()) {
                if (op.module().equals("platform")) {
                    continue;
                }
                if (op.inMunicipality()) {
                    Answer answer = send(User.ADMIN, op.method(), op.concrete("250"), op.contentType(), body(op));
                    assertEquals(op.method() + " " + op.path() + ": " + answer.text(), 403, answer.status());
                    assertEquals(op.path(), "urn:sosuhub:problem:module-disabled", answer.json().get("type").asText());
                    assertEquals(op.path(), op.module(), answer.json().get("module").asText());
                } else {
                    // a module's operation outside a municipality is for platform administrators alone
                    Answer answer = send(User.FREDERIKSSUND, op.method(), op.concrete("250"), op.contentType(), body(op));
                    assertEquals(op.method() + " " + op.path() + ": " + answer.text(), 403, answer.status());
                }
                rest++;
            }
            int soap = 0;
            for (SoapOperation op : soapOperations()) {
                if (!op.takesMunicipality() || op.service().equals("platform")) {
                    continue;
                }
                Answer answer = soap(User.ADMIN, op.service(), op.request());
                assertTrue(op.service() + "." + op.name() + ": " + answer.text(), answer.status() == 500
                        && answer.text().contains("module-disabled") && answer.text().contains("<module>"));
                soap++;
            }
            // the pages of a switched-off module refuse the municipality's users, and no one else
            for (Map.Entry<String, String> page : Map.of("/nogletal", "kpi", "/", "knowledge", "/beskeder", "messages",
                    "/mit-forloeb", "messages").entrySet()) {
                Answer refused = get(User.FREDERIKSSUND, page.getKey());
                assertEquals(page.getKey() + ": " + refused.text(), 403, refused.status());
                assertTrue(refused.text(), refused.text().contains("(" + page.getValue() + ") er slået fra"));
                get(User.AARHUS, page.getKey()).expect(200);
                get(User.NOBODY, page.getKey()).expect(200);
            }
            // a module's door about the caller's own municipality (@OwnMunicipality) follows the switch there
            get(User.FREDERIKSSUND, "/api/v1/me/notifications").problem(403, "module-disabled");
            get(User.AARHUS, "/api/v1/me/notifications").expect(200);
            // the platform's own doors stay open, or the administrator could not switch the modules back on
            get(User.FREDERIKSSUND, "/api/v1/municipalities/250/modules").expect(200);
            get(User.AARHUS, "/api/v1/municipalities/751/students").expect(200);
            System.out.printf("Gating: %d REST and %d SOAP module operations refuse a switched-off module (%s)%n",
                    rest, soap, switchedOff);
            assertTrue("REST module operations: " + rest, rest > 30);
            assertTrue("SOAP module operations: " + soap, soap > 20);
        } finally {
            switchOn("250", switchedOff);
        }
    }

    @Test
    public void soapStaysUpAfterRebuildsAndReinstalls() {
        everySoapServiceAnswers();
        // a module reinstall rebuilds the REST API twice; wait until both earlier generations have retired
        reinstall("sosuhub-knowledge");
        everySoapServiceAnswers();
        sleep(RETIRE_DELAY_MILLIS + 5_000);
        everySoapServiceAnswers();
        get(User.FREDERIKSSUND, "/api/v1/me").expect(200);
    }

    /**
     * The three newest modules and the sign-in, in steady state: after placements, messages and mentoring have been
     * reinstalled and the REST generations before have retired, their REST, SOAP and page faces and the session and
     * OpenID Connect doors still answer.
     */
    @Test
    public void newModulesAndTheSignInAnswerAfterAReinstallAndAWhile() {
        List<String> modules = List.of("sosuhub-mentoring", "sosuhub-messages", "sosuhub-placements");
        for (String feature : modules) {
            put(User.ADMIN, "/api/v1/features/" + feature, "{\"installed\": false}").expect(200);
        }
        await(User.NOBODY, "/soap/services", a -> a.status() == 200 && !a.text().contains("/soap/placements?wsdl")
                && !a.text().contains("/soap/messages?wsdl") && !a.text().contains("/soap/mentoring?wsdl"));
        for (String feature : List.of("sosuhub-placements", "sosuhub-messages", "sosuhub-mentoring")) {
            put(User.ADMIN, "/api/v1/features/" + feature, "{\"installed\": true}").expect(200);
        }
        awaitPlatform();
        newModulesAndTheSignInAnswer();
        sleep(RETIRE_DELAY_MILLIS + 5_000);
        newModulesAndTheSignInAnswer();
    }

    private void newModulesAndTheSignInAnswer() {
        String m = "/api/v1/municipalities/250";
        get(User.FREDERIKSSUND, m + "/placement-sites").expect(200);
        get(User.FREDERIKSSUND, m + "/mentors").expect(200);
        long student = get(User.FREDERIKSSUND, m + "/students").expect(200).json().get("items").get(0).get("id").asLong();
        // conversations are for their participants, among them the education team
        send("vejleder", "vejleder", "GET", m + "/students/" + student + "/conversations", null, null).expect(200);
        get(User.FREDERIKSSUND, "/api/v1/me/inbox").expect(200);
        await(User.NOBODY, "/soap/placements?wsdl", a -> a.status() == 200);
        await(User.NOBODY, "/soap/messages?wsdl", a -> a.status() == 200);
        await(User.NOBODY, "/soap/mentoring?wsdl", a -> a.status() == 200);
        for (String[] call : new String[][]{
                {"placements", "<p:listSites xmlns:p=\"urn:sosuhub:placements\"><municipality>250</municipality></p:listSites>"},
                {"mentoring", "<m:listMentors xmlns:m=\"urn:sosuhub:mentoring\"><municipality>250</municipality></m:listMentors>"}}) {
            Answer answer = soap(User.FREDERIKSSUND, call[0], call[1]);
            assertEquals(call[0] + ": " + answer.text(), 200, answer.status());
        }
        Answer conversations = send("vejleder", "vejleder", "POST", "/soap/messages", "text/xml; charset=UTF-8",
                "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
                        + "<m:listConversations xmlns:m=\"urn:sosuhub:messages\"><municipality>250</municipality>"
                        + "<studentId>" + student + "</studentId></m:listConversations></soapenv:Body></soapenv:Envelope>");
        assertEquals("messages: " + conversations.text(), 200, conversations.status());
        for (String page : List.of("/oplaering", "/beskeder", "/mentorordninger")) {
            Answer answer = get(User.NOBODY, page).expect(200);
            assertTrue(page + ": " + answer.contentType(), answer.contentType().startsWith("text/html"));
        }
        post(User.NOBODY, "/api/v1/session", "{\"username\":\"frederikssund\",\"password\":\"frederikssund\"}").expect(201);
        get(User.NOBODY, "/api/v1/session/oidc").expect(200);
    }

    private void reinstall(String feature) {
        put(User.ADMIN, "/api/v1/features/" + feature, "{\"installed\": false}").expect(200);
        await(User.NOBODY, "/soap/services", a -> a.status() == 200 && !a.text().contains("/soap/knowledge?wsdl"));
        put(User.ADMIN, "/api/v1/features/" + feature, "{\"installed\": true}").expect(200);
        awaitPlatform();
        await(User.NOBODY, "/soap/knowledge?wsdl", a -> a.status() == 200);
    }

    /** Every service is listed, serves its WSDL and answers a real call. */
    private void everySoapServiceAnswers() {
        String list = get(User.NOBODY, "/soap/services").expect(200).text();
        Map<String, String> calls = new LinkedHashMap<>();
        calls.put("platform", "<p:listMunicipalities xmlns:p=\"urn:sosuhub:platform\"/>");
        calls.put("students", "<s:listStudents xmlns:s=\"urn:sosuhub:students\"><municipality>250</municipality></s:listStudents>");
        calls.put("knowledge", "<k:search xmlns:k=\"urn:sosuhub:knowledge\"><municipality>250</municipality><query>elev</query></k:search>");
        calls.put("kpi", "<k:getDropouts xmlns:k=\"urn:sosuhub:kpi\"><municipality>250</municipality><year>2023</year></k:getDropouts>");
        for (Map.Entry<String, String> call : calls.entrySet()) {
            assertTrue(list, list.contains("/soap/" + call.getKey() + "?wsdl"));
            get(User.NOBODY, "/soap/" + call.getKey() + "?wsdl").expect(200);
            Answer answer = soap(User.FREDERIKSSUND, call.getKey(), call.getValue());
            assertEquals(call.getKey() + ": " + answer.text(), 200, answer.status());
        }
        for (String service : soapServices()) {
            get(User.NOBODY, "/soap/" + service + "?wsdl").expect(200);
        }
    }

    private List<String> switchEveryModuleOff(String code) {
        List<String> off = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        get(User.ADMIN, "/api/v1/municipalities/" + code + "/modules").expect(200).json()
                .forEach(m -> {
                    if (m.get("enabled").asBoolean()) {
                        pending.add(m.get("id").asText());
                    }
                });
        // a module that another enabled module needs is refused (409) until that one is off
        for (int round = 0; round < 10 && !pending.isEmpty(); round++) {
            for (Iterator<String> it = pending.iterator(); it.hasNext(); ) {
                String id = it.next();
                Answer answer = put(User.ADMIN, "/api/v1/municipalities/" + code + "/modules/" + id, "{\"enabled\":false}");
                if (answer.status() == 200) {
                    off.add(id);
                    it.remove();
                } else {
                    answer.expect(409);
                }
            }
        }
        assertTrue("modules left on: " + pending, pending.isEmpty());
        assertFalse(off.isEmpty());
        return off;
    }

    private void switchOn(String code, List<String> switchedOff) {
        for (int i = switchedOff.size() - 1; i >= 0; i--) {
            put(User.ADMIN, "/api/v1/municipalities/" + code + "/modules/" + switchedOff.get(i), "{\"enabled\":true}").expect(200);
        }
    }

    private static String body(RestOperation op) {
        if (op.contentType() == null) {
            return null;
        }
        return op.contentType().contains("json") ? "{}" : "";
    }

    private List<RestOperation> restOperations() {
        JsonNode doc = get(User.NOBODY, "/api/v1/openapi.json").expect(200).json();
        List<RestOperation> operations = new ArrayList<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (!List.of("get", "post", "put", "delete", "patch").contains(method.getKey())) {
                return;
            }
            JsonNode op = method.getValue();
            String module = op.has("tags") && op.get("tags").size() > 0 ? op.get("tags").get(0).asText() : "platform";
            String contentType = null;
            if (op.has("requestBody") && op.get("requestBody").has("content")) {
                contentType = op.get("requestBody").get("content").fieldNames().next();
            }
            operations.add(new RestOperation(method.getKey().toUpperCase(), path.getKey(), module, contentType));
        }));
        if (operations.isEmpty()) {
            fail("The OpenAPI document lists no operations");
        }
        return operations;
    }

    private List<String> soapServices() {
        String list = get(User.NOBODY, "/soap/services").expect(200).text();
        Matcher m = Pattern.compile("/soap/([a-z][a-z0-9-]*)\\?wsdl").matcher(list);
        List<String> services = new ArrayList<>();
        while (m.find()) {
            if (!services.contains(m.group(1))) {
                services.add(m.group(1));
            }
        }
        return services;
    }

    /** Every operation of every listed service, with a request filled in from the WSDL's schema. */
    private List<SoapOperation> soapOperations() {
        List<SoapOperation> operations = new ArrayList<>();
        for (String service : soapServices()) {
            Document wsdl = parse(get(User.NOBODY, "/soap/" + service + "?wsdl").expect(200).text());
            String namespace = wsdl.getDocumentElement().getAttribute("targetNamespace");
            Map<String, Element> types = new LinkedHashMap<>();
            NodeList complexTypes = wsdl.getElementsByTagNameNS("http://www.w3.org/2001/XMLSchema", "complexType");
            for (int i = 0; i < complexTypes.getLength(); i++) {
                Element type = (Element) complexTypes.item(i);
                types.putIfAbsent(type.getAttribute("name"), type);
            }
            NodeList portOperations = wsdl.getElementsByTagNameNS("http://schemas.xmlsoap.org/wsdl/", "operation");
            List<String> seen = new ArrayList<>();
            for (int i = 0; i < portOperations.getLength(); i++) {
                Element operation = (Element) portOperations.item(i);
                String name = operation.getAttribute("name");
                if (!((Element) operation.getParentNode()).getLocalName().equals("portType") || seen.contains(name)) {
                    continue;
                }
                seen.add(name);
                StringBuilder request = new StringBuilder("<o:" + name + " xmlns:o=\"" + namespace + "\">");
                boolean takesMunicipality = false;
                Element type = types.get(name);
                if (type != null) {
                    NodeList fields = type.getElementsByTagNameNS("http://www.w3.org/2001/XMLSchema", "element");
                    for (int f = 0; f < fields.getLength(); f++) {
                        Element field = (Element) fields.item(f);
                        if (field.getParentNode().getParentNode() != type) {
                            continue;
                        }
                        String fieldName = field.getAttribute("name");
                        if (fieldName.equals("municipality")) {
                            takesMunicipality = true;
                            request.append("<municipality>250</municipality>");
                        } else if (!"0".equals(field.getAttribute("minOccurs"))) {
                            request.append('<').append(fieldName).append('>').append(sample(field.getAttribute("type")))
                                    .append("</").append(fieldName).append('>');
                        }
                    }
                }
                request.append("</o:").append(name).append('>');
                operations.add(new SoapOperation(service, name, takesMunicipality, request.toString()));
            }
        }
        return operations;
    }

    private static String sample(String xsdType) {
        String type = xsdType.replaceAll(".*:", "");
        return switch (type) {
            case "boolean" -> "false";
            case "int", "long", "integer", "short" -> "1";
            case "double", "decimal", "float" -> "1.0";
            case "date" -> "2024-01-01";
            default -> "x";
        };
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("Not a WSDL: " + e, e);
        }
    }
}
