package dk.sosuhub.core.api.model;

public enum StudentStatus {
    ACTIVE,
    COMPLETED,
    DROPPED_OUT
}
