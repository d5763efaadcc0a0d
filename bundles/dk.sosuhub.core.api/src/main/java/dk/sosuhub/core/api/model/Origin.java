package dk.sosuhub.core.api.model;

/** Where the student was recruited from: the basis of the internal-recruitment KPI. */
public enum Origin {
    EXTERNAL,
    OWN_UNSKILLED_STAFF,
    OWN_SSH_STAFF
}
