package dk.sosuhub.demo.internal;

import java.util.Map;

/**
 * The demo users' password hashes, made once beforehand (PBKDF2-HMAC-SHA256, 600,000 iterations, in core's stored
 * form). A demo user's password equals the user name and is public, so hashing it at every first start (~0.5 s of a
 * core each) only delayed the first sign-in. {@code DemoPasswordsTest} checks that each is the hash of its user's
 * name; core upgrades a hash at the next sign-in should it ever ask for more iterations.
 */
final class DemoPasswords {

    private static final Map<String, String> HASHES = Map.of(
            "admin", "pbkdf2-sha256$600000$oTQDbTyO2Qdia+IgkT4Krg$LNJFZeJyM47+Z2uLHJvv3tp/8WZOGm80sS3WsvuS5H8",
            "frederikssund", "pbkdf2-sha256$600000$U+glYGgF22QGO3rnMV8YiQ$kwUN+d/zDwRMVau1hjLqry+AjzmTIkkbwxzYfqhEbVk",
            "aarhus", "pbkdf2-sha256$600000$mGMR/dGyaT3wFeCKz569IA$ZjtVUl+gq7vNsjj+/cShbF0EWfF6NNKRQIgOBZdL0pA",
            "vejleder", "pbkdf2-sha256$600000$nlh23OP1yP/V9mbgWoru3A$v1mpbvX3gqXJiZajOBhk1N8+Dau+nqrdM+TW37GOYKM",
            "oplaering", "pbkdf2-sha256$600000$LXJ268BlM3mTzIU5Fn5n3Q$Ptd3HKgYLNkf5az/85hvDtCiGmxLxose5K2ssVoA/ck",
            "oplaering2", "pbkdf2-sha256$600000$xH2jjGXD910hfNLg8/Gtkw$mG2sFOMBMyCBMpcJJdcivT0XM925V/7QXK9T+2WUV9I",
            "elev", "pbkdf2-sha256$600000$mKPGHFV7RPRXGVjL5YG5dA$goDngtHRjnhsM6NvCN42u349G01DFHCb6jeqx5Ru3/c");

    private DemoPasswords() {
    }

    /** @return the stored hash of the demo user's password (which equals the user name) */
    static String hashOf(String username) {
        String hash = HASHES.get(username);
        if (hash == null) {
            throw new IllegalArgumentException("No demo user " + username);
        }
        return hash;
    }

    static Map<String, String> all() {
        return HASHES;
    }
}
