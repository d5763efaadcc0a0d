package dk.sosuhub.mentoring;

/** REFERRED → ACTIVE → CLOSED; a referral that never started can be WITHDRAWN. */
public enum RelationshipStatus {
    REFERRED, ACTIVE, CLOSED, WITHDRAWN
}
