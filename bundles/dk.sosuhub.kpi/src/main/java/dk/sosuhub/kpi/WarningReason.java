package dk.sosuhub.kpi;

/** Why a student is on the early-warning list, with the Danish label users see. */
public enum WarningReason {
    /** Sick leave in the last weeks above a threshold, or clearly above the student's earlier rate. */
    RISING_SICK_LEAVE("Stigende sygefravær"),
    /** Many sick days in the first placement period, where most dropouts happen. */
    ABSENCE_IN_FIRST_PLACEMENT("Fravær i første oplæringsperiode"),
    /** A formal talk of the current placement not held by its due date. */
    MISSED_TALK("Manglende samtale");

    private final String label;

    WarningReason(String label) {
        this.label = label;
    }

    public String label() { return label; }
}
