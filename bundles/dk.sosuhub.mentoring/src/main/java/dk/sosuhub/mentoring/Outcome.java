package dk.sosuhub.mentoring;

/** How a relationship ended. FUNCTIONING_WELL and GRADUATED count as successful. */
public enum Outcome {
    FUNCTIONING_WELL, GRADUATED, DROPPED_OUT, DECLINED, OTHER;

    public boolean successful() {
        return this == FUNCTIONING_WELL || this == GRADUATED;
    }
}
