package dk.sosuhub.core.internal.security;

import dk.sosuhub.core.api.error.Validator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be (OWASP ASVS 2.1): at least {@value #MIN_LENGTH} characters, not containing the
 * username, and not one of the 10,000 most common passwords (shipped in {@code security/common-passwords.txt}).
 * Long passphrases are welcome; there are no rules about character classes.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** Pass phrases of 64 characters and more are welcome; past 128 is refused (OWASP ASVS 2.1.2). */
    static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Adds the password's problems, if any, to the validator under {@code field}. */
    public static Validator check(Validator v, String field, String username, String password) {
        if (password == null) {
            return v.requirePresent(null, field);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        return v.require(password.length() >= MIN_LENGTH, field, "must be at least " + MIN_LENGTH + " characters")
                .require(password.length() <= MAX_LENGTH, field, "must be at most " + MAX_LENGTH + " characters")
                .require(username == null || username.isBlank() || !lower.contains(username.toLowerCase(Locale.ROOT)),
                        field, "must not contain the username")
                .require(!COMMON.contains(lower), field, "is one of the most common passwords; choose another");
    }

    static boolean isCommon(String password) {
        return COMMON.contains(password.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(16_384);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/common-passwords.txt is missing from the core bundle");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
