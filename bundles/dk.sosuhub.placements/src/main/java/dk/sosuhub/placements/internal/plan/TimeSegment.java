package dk.sosuhub.placements.internal.plan;

import java.time.LocalDate;

/**
 * A stretch of days in which no period starts or ends and no site's capacity changes, so that counting students
 * per segment is counting them per day. {@code end} is exclusive.
 */
public record TimeSegment(int index, LocalDate start, LocalDate end) {
}
