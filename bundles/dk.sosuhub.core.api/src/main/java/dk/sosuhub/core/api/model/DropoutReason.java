package dk.sosuhub.core.api.model;

/** Why a student left the programme: the code list of the dropout statistics, with the Danish labels users see. */
public enum DropoutReason {
    PRIVATE_LIFE("Udfordringer i privatlivet"),
    ACADEMIC_DEMANDS("For høje faglige krav"),
    ABSENCE("Fravær"),
    ILLNESS("Fysisk eller psykisk sygdom"),
    SWITCHED_PROGRAMME("Skiftet fra SSA til SSH"),
    EMPLOYED_ELSEWHERE("Ansat i en anden kommune"),
    MOVED("Flyttet til en anden kommune"),
    DEATH("Dødsfald"),
    WRONG_CHOICE("Forkert uddannelsesvalg"),
    OTHER("Andet");

    private final String label;

    DropoutReason(String label) {
        this.label = label;
    }

    public String label() { return label; }
}
