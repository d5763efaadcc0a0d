package dk.sosuhub.core.api.security;

import java.util.Set;

/**
 * The authenticated user behind a request.
 *
 * @param municipality the caller's municipality code; {@code null} for a platform administrator
 */
public record Caller(String username, Set<Role> roles, String municipality) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isPlatformAdmin() {
        return has(Role.PLATFORM_ADMIN);
    }

    /** Whether this caller's data scope includes the municipality. */
    public boolean canAccess(String municipalityCode) {
        return isPlatformAdmin() || (municipality != null && municipality.equals(municipalityCode));
    }
}
