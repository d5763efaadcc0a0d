package dk.sosuhub.core.api.security;

import java.util.Set;

/**
 * Stores demo users. Core registers this service only while demo mode is on ({@code enabled=true} in
 * {@code etc/dk.sosuhub.demo.cfg} or {@code -Dsosuhub.demo=true}); users stored through it are flagged as demo
 * users and can sign in only while demo mode is on.
 */
public interface DemoUsers {

    boolean exists(String username);

    /** Stores a demo user without the API's password rules (demo passwords equal the user names). */
    void store(String username, String password, Set<Role> roles, String municipality);
}
