package dk.sosuhub.placements.internal.plan;

/** A hard rule broken by one period's placement; {@code message} says how, in English, for the API's problems. */
public record Violation(HardRule rule, long studentId, int period, String message) {
}
