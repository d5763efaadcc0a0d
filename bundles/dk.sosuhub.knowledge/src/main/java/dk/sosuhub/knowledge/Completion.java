package dk.sosuhub.knowledge;

/**
 * An autocomplete proposal.
 *
 * @param text    what to show and put in the search box
 * @param guideId the guide for a title proposal, {@code null} for a word
 */
public record Completion(String text, String guideId) {
}
