package dk.sosuhub.itest;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The same operations and rules over SOAP, and the service list with WSDL links. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class SoapIT extends SosuHubTestSupport {

    private static final String CREATE = "<s:createStudent xmlns:s=\"urn:sosuhub:students\"><municipality>%s</municipality>"
            + "<student><name>Søren Ørsted</name><programme>%s</programme><startDate>2025-02-03</startDate>"
            + "<birthDate>1980-05-05</birthDate></student></s:createStudent>";

    @Before
    public void platformIsUp() {
        awaitPlatform();
        await(User.NOBODY, "/soap/students?wsdl", a -> a.status() == 200);
    }

    @Test
    public void listsEveryServiceWithItsWsdl() {
        String page = get(User.NOBODY, "/soap/services").expect(200).text();
        assertTrue(page, page.contains("/soap/students?wsdl"));
        assertTrue(page, page.contains("/soap/platform?wsdl"));
        String wsdl = get(User.NOBODY, "/soap/students?wsdl").expect(200).text();
        assertTrue(wsdl.contains("createStudent") && wsdl.contains("urn:sosuhub:students"));
    }

    @Test
    public void createsAndReadsAStudent() {
        Answer created = soap(User.FREDERIKSSUND, "students", String.format(CREATE, "250", "SSH")).expect(200);
        assertTrue(created.text(), created.text().contains("<name>Søren Ørsted</name>"));
        assertTrue(created.text(), created.text().contains("<ageAtStart>44</ageAtStart>"));
        String id = created.text().replaceAll("(?s).*<id>(\\d+)</id>.*", "$1");
        Answer read = soap(User.FREDERIKSSUND, "students", "<s:getStudent xmlns:s=\"urn:sosuhub:students\">"
                + "<municipality>250</municipality><id>" + id + "</id></s:getStudent>").expect(200);
        assertTrue(read.text().contains("<programme>SSH</programme>"));
    }

    @Test
    public void refusesWithFaults() {
        long before = studentCount(User.FREDERIKSSUND, "250");
        Answer cross = soap(User.AARHUS, "students", String.format(CREATE, "250", "SSH")).expect(500);
        assertTrue(cross.text(), cross.text().contains("soap:Client") && cross.text().contains("urn:sosuhub:problem:forbidden"));
        Answer invalid = soap(User.FREDERIKSSUND, "students", String.format(CREATE, "250", "SSX")).expect(500);
        assertTrue(invalid.text(), invalid.text().contains("soap:Client") && invalid.text().contains("SSX"));
        Answer missing = soap(User.FREDERIKSSUND, "students", "<s:createStudent xmlns:s=\"urn:sosuhub:students\">"
                + "<municipality>250</municipality><student><name>Uden data</name></student></s:createStudent>").expect(500);
        assertTrue(missing.text(), missing.text().contains("<error field=\"programme\">"));
        Answer huge = soap(User.FREDERIKSSUND, "students", String.format(CREATE, "250", "SSH")
                .replace("Søren Ørsted", "x".repeat(2 * 1024 * 1024)));
        assertTrue(huge.text(), huge.status() == 413 && huge.text().contains("soap:Client"));
        Answer anonymous = soap(User.NOBODY, "students", String.format(CREATE, "250", "SSH"));
        assertTrue(anonymous.text(), anonymous.status() == 401 && anonymous.text().contains("Unauthorized"));
        Answer malformed = send(User.FREDERIKSSUND, "POST", "/soap/students", "text/xml", "<soapenv:Envelope xmlns:soapenv=");
        assertTrue(malformed.text(), malformed.status() >= 400 && malformed.text().contains("Fault"));
        assertEquals(before, studentCount(User.FREDERIKSSUND, "250"));
    }

    @Test
    public void administersModulesOverSoap() {
        Answer modules = soap(User.ADMIN, "platform", "<p:listModules xmlns:p=\"urn:sosuhub:platform\"/>").expect(200);
        assertTrue(modules.text(), modules.text().contains("<id>students</id>") && modules.text().contains("Elevregister"));
        soap(User.FREDERIKSSUND, "platform", "<p:listModules xmlns:p=\"urn:sosuhub:platform\"/>").expect(500);

        String off = "<p:setModuleEnabled xmlns:p=\"urn:sosuhub:platform\"><municipality>250</municipality>"
                + "<moduleId>students</moduleId><enabled>false</enabled></p:setModuleEnabled>";
        soap(User.FREDERIKSSUND, "platform", off.replace("students", "mentoring")).expect(200);
        soap(User.FREDERIKSSUND, "platform", off.replace("students", "messages")).expect(200);
        soap(User.FREDERIKSSUND, "platform", off.replace("students", "placements")).expect(200);
        soap(User.FREDERIKSSUND, "platform", off.replace("students", "kpi")).expect(200);
        soap(User.FREDERIKSSUND, "platform", off).expect(200);
        try {
            Answer refused = soap(User.FREDERIKSSUND, "students", String.format(CREATE, "250", "SSH")).expect(500);
            assertTrue(refused.text(), refused.text().contains("module-disabled") && refused.text().contains("<module>students</module>"));
            soap(User.AARHUS, "students", String.format(CREATE, "751", "SSA")).expect(200);
        } finally {
            soap(User.FREDERIKSSUND, "platform", off.replace("false", "true")).expect(200);
            soap(User.FREDERIKSSUND, "platform", off.replace("false", "true").replace("students", "kpi")).expect(200);
            soap(User.FREDERIKSSUND, "platform", off.replace("false", "true").replace("students", "placements")).expect(200);
            soap(User.FREDERIKSSUND, "platform", off.replace("false", "true").replace("students", "mentoring")).expect(200);
            soap(User.FREDERIKSSUND, "platform", off.replace("false", "true").replace("students", "messages")).expect(200);
        }
        Answer features = soap(User.ADMIN, "platform", "<p:listFeatures xmlns:p=\"urn:sosuhub:platform\"/>").expect(200);
        assertTrue(features.text().contains("sosuhub-students"));
    }
}
