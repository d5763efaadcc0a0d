package dk.sosuhub.core.api.model;

import dk.sosuhub.core.api.error.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StudentDataTest {

    private static final LocalDate START = LocalDate.of(2022, 8, 15);

    private static StudentData data(Programme programme, Track track, LocalDate start, LocalDate end, LocalDate birth, Integer age) {
        return new StudentData("Anna", programme, track, null, start, end, birth, age, null);
    }

    private static List<String> fields(ValidationException e) {
        return e.errors().stream().map(ValidationException.FieldError::field).toList();
    }

    @Test
    void appliesDefaultsFromTheProgramme() {
        StudentData ssh = data(Programme.SSH, null, START, null, LocalDate.of(1990, 8, 16), null).validated();
        assertEquals(Track.ORDINARY, ssh.track());
        assertEquals(Origin.EXTERNAL, ssh.origin());
        assertEquals(LocalDate.of(2024, 3, 15), ssh.endDate(), "SSH: 5 months GF + 1 year 2 months");
        assertEquals(31, ssh.ageAtStart(), "the day before the 32nd birthday");
        StudentData ssa = data(Programme.SSA, null, START, null, null, 24).validated();
        assertEquals(LocalDate.of(2025, 10, 15), ssa.endDate(), "SSA: 5 months GF + 2 years 9 months");
        assertEquals(24, ssa.ageAtStart());
    }

    @Test
    void reportsEveryMissingFieldAtOnce() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> new StudentData(null, null, null, null, null, null, null, null, null).validated());
        assertEquals(List.of("programme", "startDate"), fields(e));
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> data(Programme.SSA, null, START, START.minusDays(1), null, null).validated());
        assertEquals(List.of("endDate"), fields(e));
    }

    @Test
    void refusesImpossibleAges() {
        assertEquals(List.of("birthDate"), fields(assertThrows(ValidationException.class,
                () -> data(Programme.SSH, null, START, null, START.minusYears(10), null).validated())));
        assertEquals(List.of("ageAtStart"), fields(assertThrows(ValidationException.class,
                () -> data(Programme.SSH, null, START, null, null, 90).validated())));
        assertEquals(List.of("ageAtStart"), fields(assertThrows(ValidationException.class,
                () -> data(Programme.SSH, null, START, null, LocalDate.of(1990, 1, 1), 20).validated())));
    }

    @Test
    void tracksMustFitTheProgramme() {
        assertEquals(List.of("track"), fields(assertThrows(ValidationException.class,
                () -> data(Programme.SSH, Track.SSH_TO_SSA, START, null, null, null).validated())));
        assertEquals(List.of("track"), fields(assertThrows(ValidationException.class,
                () -> data(Programme.SSA, Track.EUV1, START, null, null, null).validated())));
        assertEquals(Track.EUV1, data(Programme.SSH, Track.EUV1, START, null, null, null).validated().track());
    }

    @Test
    void adultPayFrom25() {
        Student young = new Student(1, "250", null, Programme.SSH, Track.ORDINARY, Origin.EXTERNAL, START, null, null, 24, null, StudentStatus.ACTIVE, null, null, null);
        Student adult = new Student(2, "250", null, Programme.SSH, Track.ORDINARY, Origin.EXTERNAL, START, null, null, 25, null, StudentStatus.ACTIVE, null, null, null);
        assertFalse(young.adultPay());
        assertTrue(adult.adultPay());
        assertNull(Student.ageAt(null, START));
    }

    @Test
    void municipalityCodesAreThreeDigits() {
        assertTrue(Municipality.isValidCode("250"));
        assertFalse(Municipality.isValidCode("25"));
        assertFalse(Municipality.isValidCode("2500"));
        assertFalse(Municipality.isValidCode("abc"));
        assertFalse(Municipality.isValidCode(null));
    }
}
