package dk.sosuhub.kpi;

/** Where a success criterion stands on a date. */
public enum CriterionStatus {
    /** The key figure is at the target or better. */
    MET,
    /** Better than the baseline, not yet at the target, deadline not passed. */
    ON_TRACK,
    /** No better than the baseline, deadline not passed. */
    BEHIND,
    /** The deadline has passed without the target being met. */
    MISSED,
    /** Nothing recorded to compute the key figure from. */
    NO_DATA
}
