package dk.sosuhub.web.internal;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BasicAuthTest {

    private static String header(String s) {
        return "Basic " + Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void parsesUtf8CredentialsWithColonsInThePassword() {
        assertEquals(Optional.of(new BasicAuth("søren", "a:b")), BasicAuth.parse(header("søren:a:b")));
        assertEquals(Optional.of(new BasicAuth("x", "y")), BasicAuth.parse("basic " + Base64.getEncoder().encodeToString("x:y".getBytes())));
    }

    @Test
    void ignoresAnythingElse() {
        assertEquals(Optional.empty(), BasicAuth.parse(null));
        assertEquals(Optional.empty(), BasicAuth.parse("Bearer abc"));
        assertEquals(Optional.empty(), BasicAuth.parse("Basic !!!"));
        assertEquals(Optional.empty(), BasicAuth.parse(header("nocolon")));
        assertEquals(Optional.empty(), BasicAuth.parse(header(":password")));
    }
}
