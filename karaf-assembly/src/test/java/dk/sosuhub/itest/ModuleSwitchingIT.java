package dk.sosuhub.itest;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sosuhub.core.api.module.SosuModule;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import javax.inject.Inject;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** Points 2 and 3: features installed and uninstalled at runtime; modules switched per municipality. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ModuleSwitchingIT extends SosuHubTestSupport {

    private static final String STUDENTS_250 = "/api/v1/municipalities/250/students";

    @Inject
    protected BundleContext context;

    @Before
    public void platformIsUp() {
        awaitPlatform();
    }

    @Test
    public void aDisabledModuleAnswers403InThatMunicipalityOnly() {
        disableStudents(User.FREDERIKSSUND, "250");
        try {
            Answer refused = get(User.FREDERIKSSUND, STUDENTS_250).problem(403, "module-disabled");
            assertEquals("students", refused.json().get("module").asText());
            assertTrue(refused.json().get("detail").asText().contains("students"));
            get(User.AARHUS, "/api/v1/municipalities/751/students").expect(200);
            for (JsonNode module : get(User.FREDERIKSSUND, "/api/v1/municipalities/250/modules").expect(200).json()) {
                boolean switchedOff = Set.of("students", "kpi", "placements", "mentoring", "messages").contains(module.get("id").asText());
                assertEquals(module.get("id").asText(), !switchedOff, module.get("enabled").asBoolean());
            }
        } finally {
            enableStudents(User.FREDERIKSSUND, "250");
        }
        get(User.FREDERIKSSUND, STUDENTS_250).expect(200);
    }

    @Test
    public void aMunicipalityAdministratorSwitchesOnlyItsOwnModules() {
        put(User.AARHUS, "/api/v1/municipalities/250/modules/students", "{\"enabled\":false}").problem(403, "forbidden");
        put(User.FREDERIKSSUND, "/api/v1/municipalities/250/modules/nope", "{\"enabled\":false}").problem(404, "not-found");
        put(User.FREDERIKSSUND, "/api/v1/municipalities/250/modules/students", "{\"enabled\":\"maybe\"}").problem(422, "validation");
        get(User.FREDERIKSSUND, STUDENTS_250).expect(200);
    }

    @Test
    public void switchingOffAModuleThatAnotherNeedsIsRefused() {
        ServiceRegistration<SosuModule> dependent = context.registerService(SosuModule.class, new SosuModule() {
            public String id() { return "elevplan-test"; }
            public String name() { return "Testmodul"; }
            public String description() { return "Testmodul der bygger på elevregistret"; }
            public Set<String> dependsOn() { return Set.of("students"); }
        }, null);
        try {
            // installed after Frederikssund existed, so off there until Frederikssund switches it on
            await(User.ADMIN, "/api/v1/modules", a -> a.status() == 200 && a.text().contains("\"elevplan-test\""));
            assertTrue(get(User.FREDERIKSSUND, "/api/v1/municipalities/250/modules").expect(200).text()
                    .contains("{\"id\":\"elevplan-test\",\"name\":\"Testmodul\",\"enabled\":false"));
            put(User.FREDERIKSSUND, "/api/v1/municipalities/250/modules/elevplan-test", "{\"enabled\":true}").expect(200);
            Answer refused = put(User.FREDERIKSSUND, "/api/v1/municipalities/250/modules/students", "{\"enabled\":false}")
                    .problem(409, "conflict");
            assertTrue(refused.text(), refused.json().get("conflicts").toString().contains("\"elevplan-test\""));
            assertTrue(refused.json().get("detail").asText().contains("elevplan-test"));
            get(User.FREDERIKSSUND, STUDENTS_250).expect(200);
        } finally {
            dependent.unregister();
        }
    }

    @Test
    public void theShellSwitchesModulesToo() {
        shell("sosu:module-disable 250 mentoring");
        shell("sosu:module-disable 250 messages");
        shell("sosu:module-disable 250 placements");
        shell("sosu:module-disable 250 kpi");
        String out = shell("sosu:module-disable 250 students");
        assertTrue(out, out.contains("disabled"));
        get(User.FREDERIKSSUND, STUDENTS_250).problem(403, "module-disabled");
        out = shell("sosu:module-list 250");
        assertTrue(out, out.contains("students") && out.contains("false"));
        shell("sosu:module-enable 250 students");
        shell("sosu:module-enable 250 kpi");
        shell("sosu:module-enable 250 placements");
        shell("sosu:module-enable 250 mentoring");
        shell("sosu:module-enable 250 messages");
        get(User.FREDERIKSSUND, STUDENTS_250).expect(200);
    }

    @Test
    public void anUninstalledModuleLosesItsEndpointsAndGetsThemBackWithItsData() {
        long id = post(User.FREDERIKSSUND, STUDENTS_250,
                "{\"name\":\"Bo Berg\",\"programme\":\"SSH\",\"startDate\":\"2025-08-11\",\"birthDate\":\"1990-02-03\"}")
                .expect(201).json().get("id").asLong();

        Answer refused = put(User.ADMIN, "/api/v1/features/sosuhub-students", "{\"installed\":false}").problem(409, "conflict");
        assertEquals("sosuhub-kpi", refused.json().get("conflicts").get(0).asText());
        assertEquals("sosuhub-mentoring", refused.json().get("conflicts").get(1).asText());
        assertEquals("sosuhub-messages", refused.json().get("conflicts").get(2).asText());
        assertEquals("sosuhub-placements", refused.json().get("conflicts").get(3).asText());
        put(User.ADMIN, "/api/v1/features/sosuhub-kpi", "{\"installed\":false}").expect(200);
        put(User.ADMIN, "/api/v1/features/sosuhub-placements", "{\"installed\":false}").expect(200);
        put(User.ADMIN, "/api/v1/features/sosuhub-mentoring", "{\"installed\":false}").expect(200);
        put(User.ADMIN, "/api/v1/features/sosuhub-messages", "{\"installed\":false}").expect(200);
        put(User.ADMIN, "/api/v1/features/sosuhub-students", "{\"installed\":false}").expect(200);
        await(User.FREDERIKSSUND, STUDENTS_250, a -> a.status() == 404);
        await(User.NOBODY, "/soap/students?wsdl", a -> a.status() == 404);
        assertFalse(get(User.ADMIN, "/api/v1/modules").expect(200).text().contains("\"students\""));

        put(User.ADMIN, "/api/v1/features/sosuhub-students", "{\"installed\":true}").expect(200);
        // the REST API is rebuilt as the module's resources arrive; wait for it before the next call
        await(User.FREDERIKSSUND, STUDENTS_250, a -> a.status() == 200);
        put(User.ADMIN, "/api/v1/features/sosuhub-kpi", "{\"installed\":true}").expect(200);
        put(User.ADMIN, "/api/v1/features/sosuhub-placements", "{\"installed\":true}").expect(200);
        put(User.ADMIN, "/api/v1/features/sosuhub-mentoring", "{\"installed\":true}").expect(200);
        put(User.ADMIN, "/api/v1/features/sosuhub-messages", "{\"installed\":true}").expect(200);
        awaitPlatform();
        await(User.NOBODY, "/soap/students?wsdl", a -> a.status() == 200);
        assertEquals("Bo Berg", get(User.FREDERIKSSUND, STUDENTS_250 + "/" + id).expect(200).json().get("name").asText());
    }

    @Test
    public void theShellInstallsAndUninstallsFeatures() {
        shell("feature:uninstall sosuhub-kpi");
        shell("feature:uninstall sosuhub-placements");
        shell("feature:uninstall sosuhub-mentoring");
        shell("feature:uninstall sosuhub-messages");
        String out = shell("feature:uninstall sosuhub-students");
        assertFalse(out, out.contains("ERROR"));
        await(User.FREDERIKSSUND, STUDENTS_250, a -> a.status() == 404);
        out = shell("feature:install sosuhub-kpi");
        assertFalse(out, out.contains("ERROR"));
        out = shell("feature:install sosuhub-placements");
        assertFalse(out, out.contains("ERROR"));
        out = shell("feature:install sosuhub-mentoring");
        out = shell("feature:install sosuhub-messages");
        assertFalse(out, out.contains("ERROR"));
        awaitPlatform();
        await(User.FREDERIKSSUND, STUDENTS_250, a -> a.status() == 200);
    }
}
