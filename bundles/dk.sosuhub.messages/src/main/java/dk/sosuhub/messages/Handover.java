package dk.sosuhub.messages;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A handover (overgangsskema) from a placement's supervisor to the next placement.
 *
 * @param placement    the number of the placement period it was written at the end of
 * @param readableFrom the day before the next placement starts: from then its supervisor and the personal
 *                     advisor read it; null when the plan has no next placement
 * @param shared       whether the caller sees the text; without the student's consent the next site sees only
 *                     that the handover exists, and the texts are null
 */
public record Handover(long id, long studentId, int placement, String author, Instant createdAt, LocalDate readableFrom,
                       boolean shared, String learnt, String support, String nextSiteNotes) {
}
