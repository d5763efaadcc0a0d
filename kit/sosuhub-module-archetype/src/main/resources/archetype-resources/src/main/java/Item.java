package ${package};

import java.time.LocalDate;

/**
 * One item of the module, kept per municipality.
 *
 * @param id          given by the platform when the item is created
 * @param title       required, at most 200 characters
 * @param description optional, at most 4,000 characters
 * @param date        optional, e.g. the day a course is held
 */
public record Item(Long id, String title, String description, LocalDate date) {
}
