package dk.sosuhub.core.api.security;

import java.util.Arrays;
import java.util.Optional;

/** What a user may do. The wire name (e.g. {@code platform-admin}) is used in the API and in {@code @RolesAllowed}. */
public enum Role {
    PLATFORM_ADMIN("platform-admin"),
    MUNICIPALITY_ADMIN("municipality-admin"),
    EDUCATION_TEAM("education-team"),
    SUPERVISOR("supervisor"),
    STUDENT("student"),
    INTEGRATOR("integrator"),
    /** A mentor of module mentoring (buddy, retention mentor, …): sees the students they mentor. */
    MENTOR("mentor");

    public static final String PLATFORM_ADMIN_NAME = "platform-admin";
    public static final String MUNICIPALITY_ADMIN_NAME = "municipality-admin";
    public static final String EDUCATION_TEAM_NAME = "education-team";
    public static final String SUPERVISOR_NAME = "supervisor";
    public static final String STUDENT_NAME = "student";
    public static final String INTEGRATOR_NAME = "integrator";
    public static final String MENTOR_NAME = "mentor";

    private final String wireName;

    Role(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() { return wireName; }

    /** The wire name, so that JSON and logs show {@code platform-admin}, not {@code PLATFORM_ADMIN}. */
    @Override
    public String toString() { return wireName; }

    public static Optional<Role> fromWireName(String name) {
        return Arrays.stream(values()).filter(r -> r.wireName.equals(name)).findFirst();
    }
}
