package dk.sosuhub.core.api.model;

/** A municipality (kommune), the tenant. Addressed by its official 3-digit code, e.g. 250 Frederikssund. */
public record Municipality(String code, String name) {

    /** Official municipality codes are three digits (101 København … 860 Hjørring). */
    public static boolean isValidCode(String code) {
        return code != null && code.matches("\\d{3}");
    }
}
