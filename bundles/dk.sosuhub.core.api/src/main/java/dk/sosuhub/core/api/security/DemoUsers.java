package dk.sosuhub.core.api.security;

import org.osgi.annotation.versioning.ProviderType;

import java.util.Set;

/**
 * Stores demo users. Core registers this service only while demo mode is on ({@code enabled=true} in
 * {@code etc/dk.sosuhub.demo.cfg} or {@code -Dsosuhub.demo=true}); users stored through it are flagged as demo
 * users and can sign in only while demo mode is on.
 */
@ProviderType
public interface DemoUsers {

    boolean exists(String username);

    /** Stores a demo user without the API's password rules (demo passwords equal the user names). */
    void store(String username, String password, Set<Role> roles, String municipality);

    /**
     * Stores a demo user with a password hash made beforehand, in the form {@link UserService} keeps
     * ({@code pbkdf2-sha256$<iterations>$<salt>$<hash>}, Base64 without padding). Demo passwords are public, so their
     * hashes can ship with the demo data; this spares a first start one full password hash per demo user. A hash
     * made with fewer iterations than today's is upgraded at the user's next sign-in, as any other.
     *
     * @throws IllegalArgumentException if {@code passwordHash} is not of that form
     */
    void storeHashed(String username, String passwordHash, Set<Role> roles, String municipality);
}
