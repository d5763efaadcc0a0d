package dk.sosuhub.web.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Parses an HTTP Basic {@code Authorization} header (RFC 7617, UTF-8). */
public record BasicAuth(String username, String password) {

    public static Optional<BasicAuth> parse(String header) {
        if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            return Optional.of(new BasicAuth(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
