package dk.sosuhub.core.api.model;

/** The formal talks (samtaler) held with a student. */
public enum TalkType {
    EXPECTATIONS("Forventningssamtale"),
    MIDTERM("Midtvejsevaluering"),
    FINAL("Slutevaluering"),
    WELFARE("Omsorgssamtale"),
    ABSENCE("Fraværssamtale"),
    CAREER("Karrieresamtale");

    private final String label;

    TalkType(String label) {
        this.label = label;
    }

    public String label() { return label; }
}
