package dk.sosuhub.placements.internal.plan;

/** Why a period was placed where it was, or why it could not be placed: a code and a Danish text. */
public record Reason(String code, String text) {
}
