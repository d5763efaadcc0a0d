package dk.sosuhub.core.api.security;

import org.osgi.annotation.versioning.ConsumerType;

import java.util.Set;

/**
 * A module's part of {@link NeedToKnow}: the students it relates a user to (a mentor's mentees, …). Registered as an
 * OSGi service by the module that knows the relation.
 */
@ConsumerType
public interface StudentRelations {

    /** The ids of the municipality's students that {@code caller} has a relation to; empty for none. */
    Set<Long> studentsOf(Caller caller, String municipality);
}
