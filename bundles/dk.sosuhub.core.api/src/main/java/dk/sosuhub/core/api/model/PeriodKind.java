package dk.sosuhub.core.api.model;

/** The kinds of period in a student's plan: the basic course (grundforløb), then school and placement periods. */
public enum PeriodKind {
    BASIC("Grundforløb"),
    SCHOOL("Skoleperiode"),
    PLACEMENT("Oplæringsperiode");

    private final String label;

    PeriodKind(String label) {
        this.label = label;
    }

    public String label() { return label; }
}
