package dk.sosuhub.web.internal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SoapFaultInterceptorTest {

    private static final String GENERIC = "The request does not match the service's WSDL";

    @Test
    void tellsTheClientWhatWasWrongWithItsXml() {
        assertEquals(GENERIC + ": Value 'SSX' is not allowed", SoapFaultInterceptor.clientText("Unmarshalling Error: Value 'SSX' is not allowed"));
    }

    @Test
    void neverPassesOnWordsAboutThePlatformsClasses() {
        assertEquals(GENERIC, SoapFaultInterceptor.clientText("Unmarshalling Error: java.lang.NumberFormatException: For input string"));
        assertEquals(GENERIC, SoapFaultInterceptor.clientText("Unexpected wrapper element {urn:x}y found. Expected dk.sosuhub.students.Foo"));
        assertEquals(GENERIC, SoapFaultInterceptor.clientText(null));
    }
}
