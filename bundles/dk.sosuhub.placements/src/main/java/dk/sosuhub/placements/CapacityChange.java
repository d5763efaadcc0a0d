package dk.sosuhub.placements;

import java.time.LocalDate;

/** From {@code from} to {@code to} (both included) the site takes {@code capacity} students instead, e.g. 0 during a summer closure. */
public record CapacityChange(LocalDate from, LocalDate to, Integer capacity) {
}
