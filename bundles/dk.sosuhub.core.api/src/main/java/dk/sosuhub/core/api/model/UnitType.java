package dk.sosuhub.core.api.model;

/** Where the municipality hired a graduate. */
public enum UnitType {
    HOME_CARE("Hjemmepleje"),
    CARE_HOME("Plejecenter eller daghjem"),
    REHABILITATION("Rehabilitering og midlertidige pladser"),
    SSA_STUDENT("Ansat som SSA-elev"),
    OTHER("Andet");

    private final String label;

    UnitType(String label) {
        this.label = label;
    }

    public String label() { return label; }
}
