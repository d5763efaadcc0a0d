package dk.sosuhub.web.internal;

import dk.sosuhub.web.OwnMunicipality;

import org.junit.jupiter.api.Test;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebService;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DoorRulesTest {

    @Path("/municipalities/{code}/things")
    @RolesAllowed("municipality-admin")
    public static class Good {
        @GET
        public String list(@PathParam("code") String code) {
            return "";
        }

        @GET
        @Path("/{id}")
        @RolesAllowed("education-team")
        public String one(@PathParam("code") String code, @PathParam("id") long id) {
            return "";
        }
    }

    /** Like Good, with a request context in a field instead of a parameter. */
    public static class ContextField extends Good {
        @javax.ws.rs.core.Context
        private javax.ws.rs.core.SecurityContext security;
    }

    /** Request contexts as parameters are fine. */
    @Path("/municipalities/{code}/things")
    @RolesAllowed("municipality-admin")
    public static class ContextParameter {
        @GET
        public String list(@PathParam("code") String code, @javax.ws.rs.core.Context javax.ws.rs.core.SecurityContext security) {
            return "";
        }
    }

    @Path("/municipalities/{municipality}/things")
    @RolesAllowed("municipality-admin")
    public static class OtherParameter {
        @GET
        public String list(@PathParam("municipality") String municipality) {
            return "";
        }
    }

    @Path("/things")
    public static class Unguarded {
        @GET
        public String list() {
            return "";
        }

        @GET
        @Path("/national")
        @RolesAllowed("platform-admin")
        public String national() {
            return "";
        }

        @GET
        @Path("/open")
        @PermitAll
        public String open() {
            return "";
        }

        @Path("/sub")
        @RolesAllowed("platform-admin")
        public Object locator() {
            return null;
        }
    }

    @WebService
    @RolesAllowed("municipality-admin")
    public static class Soap {
        @WebMethod
        public String inMunicipality(@WebParam(name = "municipality") String municipality) {
            return "";
        }

        @WebMethod
        public String nowhere(@WebParam(name = "id") String id) {
            return "";
        }

        @WebMethod
        @RolesAllowed("platform-admin")
        public String national() {
            return "";
        }
    }

    @Path("/me/things")
    @RolesAllowed({"education-team", "supervisor"})
    public static class Own {
        @GET
        @OwnMunicipality
        public String mine() {
            return "";
        }

        @GET
        @Path("/open")
        @OwnMunicipality
        @PermitAll
        public String open() {
            return "";
        }

        @GET
        @Path("/unmarked")
        public String unmarked() {
            return "";
        }
    }

    @Path("/municipalities/{code}/own")
    @RolesAllowed("supervisor")
    @OwnMunicipality
    public static class OwnInMunicipality {
        @GET
        public String both() {
            return "";
        }
    }

    private static List<String> problems(List<DoorRules.Operation> operations, String path) {
        return operations.stream().filter(o -> o.path().equals(path)).findFirst().orElseThrow().problems();
    }

    @Test
    void aModuleResourceUnderItsMunicipalityWithRolesIsServed() {
        List<DoorRules.Operation> ops = DoorRules.rest(Good.class, false);
        assertEquals(2, ops.size());
        ops.forEach(op -> assertEquals(List.of(), op.problems(), op.path()));
        assertTrue(ops.stream().anyMatch(o -> o.path().equals("GET /municipalities/{code}/things/{id}")));
    }

    @Test
    void aRequestContextInAFieldIsRefusedAsAParameterIsNot() {
        List<DoorRules.Operation> ops = DoorRules.rest(ContextField.class, false);
        assertEquals(2, ops.size());
        ops.forEach(op -> assertTrue(op.problems().stream().anyMatch(p -> p.contains("field (security)")), op.toString()));
        DoorRules.rest(ContextParameter.class, false).forEach(op -> assertEquals(List.of(), op.problems(), op.path()));
    }

    @Test
    void aMunicipalityTakenFromAnotherParameterIsRefused() {
        List<String> problems = DoorRules.rest(OtherParameter.class, true).get(0).problems();
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("{municipality}"), problems.toString());
    }

    @Test
    void modulesMayServeOutsideAMunicipalityOnlyToPlatformAdministrators() {
        List<DoorRules.Operation> ops = DoorRules.rest(Unguarded.class, false);
        assertTrue(problems(ops, "GET /things").stream().anyMatch(p -> p.contains("who may call")));
        assertTrue(problems(ops, "GET /things").stream().anyMatch(p -> p.contains("neither under /municipalities/{code}")));
        assertEquals(List.of(), problems(ops, "GET /things/national"));
        assertTrue(problems(ops, "GET /things/open").stream().anyMatch(p -> p.contains("neither under")));
        assertTrue(problems(ops, "* /things/sub").stream().anyMatch(p -> p.contains("sub-resource locator")));
        // the platform's own resources may serve anyone signed in outside a municipality
        assertEquals(List.of(), problems(DoorRules.rest(Unguarded.class, true), "GET /things/open"));
    }

    @Test
    void aModuleMayServeTheCallersOwnMunicipalityWhenItSaysSo() {
        List<DoorRules.Operation> ops = DoorRules.rest(Own.class, false);
        assertEquals(List.of(), problems(ops, "GET /me/things"));
        assertTrue(DoorRules.ownMunicipality(method(Own.class, "mine"), Own.class));
        assertTrue(problems(ops, "GET /me/things/open").stream().anyMatch(p -> p.contains("open to anyone")));
        assertTrue(problems(ops, "GET /me/things/unmarked").stream().anyMatch(p -> p.contains("neither under")));
        assertTrue(DoorRules.rest(OwnInMunicipality.class, false).get(0).problems().stream()
                .anyMatch(p -> p.contains("under /municipalities/")));
    }

    @Test
    void moduleSoapOperationsTakeTheMunicipalityOrArePlatformAdminOnly() {
        List<DoorRules.Operation> ops = DoorRules.soap(Soap.class, false);
        assertEquals(List.of(), problems(ops, "inMunicipality"));
        assertEquals(List.of(), problems(ops, "national"));
        assertTrue(problems(ops, "nowhere").get(0).contains("no parameter 'municipality'"));
        assertEquals(0, DoorRules.municipalityParameter(method(Soap.class, "inMunicipality")));
        assertEquals(-1, DoorRules.municipalityParameter(method(Soap.class, "nowhere")));
    }

    private static java.lang.reflect.Method method(Class<?> type, String name) {
        for (java.lang.reflect.Method m : type.getMethods()) {
            if (m.getName().equals(name)) {
                return m;
            }
        }
        throw new AssertionError(name);
    }
}
