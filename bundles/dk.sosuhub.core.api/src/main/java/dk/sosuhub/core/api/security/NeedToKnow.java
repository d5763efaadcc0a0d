package dk.sosuhub.core.api.security;

import org.osgi.annotation.versioning.ProviderType;

import java.util.Optional;
import java.util.Set;

/**
 * Which students a user may see inside their municipality (need to know). The education team, the municipality's
 * administrator, integrators' system users and platform administrators see the whole municipality. A supervisor sees
 * the students whose current placement, or the one before it, they supervise (the plan's {@code supervisor}); a
 * student sees themself; anybody sees the students a module relates them to ({@link StudentRelations}, e.g. a
 * mentor's mentees). The platform applies it to every operation about one student (REST and SOAP, 404 for others);
 * lists filter with {@link #restrictedTo}. Implemented by the platform.
 */
@ProviderType
public interface NeedToKnow {

    /** Empty when the caller sees every student of the municipality; otherwise the ids the caller may see. */
    Optional<Set<Long>> restrictedTo(Caller caller, String municipality);

    default boolean maySee(Caller caller, String municipality, long studentId) {
        return restrictedTo(caller, municipality).map(ids -> ids.contains(studentId)).orElse(true);
    }
}
