package dk.sosuhub.kpi;

/**
 * The computed key figures a success criterion can track, each with whether a higher value is better and
 * whether it can be narrowed to one programme. Rates are fractions; counts are students a year.
 */
public enum KpiCode {
    /** Completed of the latest completed cohort(s). */
    COMPLETION_RATE("Gennemførelse", true, true, true),
    /** Hired by the municipality after graduation, of the students in the latest completed cohort(s). */
    EMPLOYMENT_RATE("Ansat efter uddannelse", true, true, true),
    /** Dropped out, of the students in the latest completed cohort(s). */
    DROPOUT_RATE("Frafald", false, true, true),
    /** Students hired in the last full year who came from the municipality's own staff. */
    INTERNAL_RECRUITMENT_SHARE("Intern rekruttering", true, false, true),
    /** Own unskilled staff who started an education in the last full year (a count). */
    OWN_UNSKILLED_STAFF_HIRED("Egne ufaglærte i uddannelse", true, false, false),
    /** Own SSH staff hired as SSA students in the last full year (a count). */
    OWN_SSH_STAFF_TO_SSA("Egne SSH'ere i SSA-uddannelse", true, false, false),
    /** Sick days of the planned working days in the last full year. */
    SICK_LEAVE_RATE("Sygefravær", false, false, true),
    /** Students hired in the last full year of the agreed minimum (dimensionering); 1 means exactly met. */
    QUOTA_FULFILMENT("Opfyldelse af dimensioneringen", true, true, false);

    private final String label;
    private final boolean higherIsBetter;
    private final boolean perProgramme;
    private final boolean rate;

    KpiCode(String label, boolean higherIsBetter, boolean perProgramme, boolean rate) {
        this.label = label;
        this.higherIsBetter = higherIsBetter;
        this.perProgramme = perProgramme;
        this.rate = rate;
    }

    public String label() { return label; }

    public boolean higherIsBetter() { return higherIsBetter; }

    /** Whether a criterion may narrow it to one programme. */
    public boolean perProgramme() { return perProgramme; }

    /** A fraction between 0 and 1 (otherwise a count or, for the quota, a ratio). */
    public boolean rate() { return rate; }
}
