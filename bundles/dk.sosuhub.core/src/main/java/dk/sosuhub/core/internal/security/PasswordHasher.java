package dk.sosuhub.core.internal.security;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/** Salted PBKDF2-HMAC-SHA256 password hashes in the self-describing form {@code pbkdf2-sha256$iterations$salt$hash}. */
public final class PasswordHasher {

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final String PREFIX = "pbkdf2-sha256";
    /** OWASP's advice for PBKDF2-HMAC-SHA256 (2023); hashes made with fewer are upgraded at the next sign-in. */
    static final int ITERATIONS = 600_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHasher() {
    }

    /** 16 random bytes. */
    static byte[] salt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return salt;
    }

    public static String hash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] hash = pbkdf2(password, salt, ITERATIONS);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /**
     * Whether {@code stored} is a hash of this form: the prefix, 1 to 9 digits of iterations, a Base64 salt of at least
     * 16 bytes and a 32-byte Base64 hash.
     */
    public static boolean wellFormed(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$", -1);
        if (parts.length != 4 || !PREFIX.equals(parts[0]) || !parts[1].matches("[1-9]\\d{0,8}")) {
            return false;
        }
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            return b64.decode(parts[2]).length >= 16 && b64.decode(parts[3]).length == 32;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    /** Whether a stored hash was made with fewer iterations (or another scheme) than new hashes get. */
    public static boolean needsUpgrade(String stored) {
        String[] parts = stored.split("\\$");
        return parts.length != 4 || !PREFIX.equals(parts[0]) || !parts[1].matches("\\d{1,9}")
                || Integer.parseInt(parts[1]) < ITERATIONS;
    }

    /**
     * Spends what checking a password against a real hash spends, for a username that does not exist, so that the
     * time of a failed sign-in does not tell whether the user exists.
     */
    public static void verifyNothing(String password) {
        pbkdf2(password, DUMMY_SALT, ITERATIONS);
    }

    private static final byte[] DUMMY_SALT = new byte[16];

    public static boolean verify(String password, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] expected = b64.decode(parts[3]);
        byte[] actual = pbkdf2(password, b64.decode(parts[2]), Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] pbkdf2(String password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 unavailable", e);
        }
    }
}
