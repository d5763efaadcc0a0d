package dk.sosuhub.core.api.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WorkingDaysTest {

    @Test
    void weekdaysAreCountedHalfOpen() {
        assertEquals(5, WorkingDays.between(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 10)));
        assertEquals(0, WorkingDays.between(LocalDate.of(2025, 3, 8), LocalDate.of(2025, 3, 10)));
    }

    @Test
    void aWholeYearStartingOnAMondayHas262() {
        assertEquals(262, WorkingDays.between(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)));
        assertEquals(0, WorkingDays.between(LocalDate.of(2025, 1, 1), LocalDate.of(2024, 1, 1)));
    }
}
