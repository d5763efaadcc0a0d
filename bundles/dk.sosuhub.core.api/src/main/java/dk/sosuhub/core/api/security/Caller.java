package dk.sosuhub.core.api.security;

import java.util.Set;

/**
 * The authenticated user behind a request.
 *
 * @param municipality the caller's municipality code; {@code null} for a platform administrator
 * @param studentId    for a user with role {@code student}: their own student record; otherwise {@code null}
 */
public record Caller(String username, Set<Role> roles, String municipality, Long studentId) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    /** A caller who is not a student. */
    public Caller(String username, Set<Role> roles, String municipality) {
        this(username, roles, municipality, null);
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
