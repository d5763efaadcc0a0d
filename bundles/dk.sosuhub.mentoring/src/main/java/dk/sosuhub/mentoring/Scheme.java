package dk.sosuhub.mentoring;

/** The four mentoring schemes, each with its Danish name. */
public enum Scheme {
    /** A fixed colleague at the placement site who welcomes the student (Vejle). */
    BUDDY("Buddy"),
    /** A retention mentor (fastholdelsesmentor) for a student at risk of dropping out (Aarhus). */
    RETENTION_MENTOR("Fastholdelsesmentor"),
    /** A mentor for the first three months of a new graduate's first job (Frederikssund). */
    NEW_GRADUATE_MENTOR("Mentor for nyuddannede"),
    /** A trained everyday ambassador among the staff (hverdagsguide, Horsens). */
    EVERYDAY_GUIDE("Hverdagsguide");

    private final String label;

    Scheme(String label) {
        this.label = label;
    }

    public String label() { return label; }

    /** Whether the mentor is found at the student's placement site. */
    public boolean atPlacementSite() {
        return this == BUDDY || this == EVERYDAY_GUIDE;
    }
}
