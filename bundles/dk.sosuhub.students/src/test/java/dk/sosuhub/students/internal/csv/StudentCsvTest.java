package dk.sosuhub.students.internal.csv;

import dk.sosuhub.core.api.error.ValidationException;
import dk.sosuhub.core.api.error.ValidationException.FieldError;
import dk.sosuhub.core.api.model.Origin;
import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.core.api.model.Track;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StudentCsvTest {

    @Test
    void readsStudentsWithDefaultsAndDanishDates() {
        StudentCsv.Parsed parsed = StudentCsv.read("Name;PROGRAMME;startDate;birthDate;origin;track;personalAdvisor\n"
                + "Mette Hansen;ssa;12-08-2024;02.03.1994;;;Hanne Vejleder\n"
                + "Ali Yilmaz;SSH;2025-01-06;1988-11-20;OWN_UNSKILLED_STAFF;EUV1;\n");
        assertEquals(List.of(2, 3), parsed.rows());
        assertEquals(Programme.SSA, parsed.students().get(0).programme());
        assertEquals(LocalDate.of(2024, 8, 12), parsed.students().get(0).startDate());
        assertEquals(30, parsed.students().get(0).ageAtStart());
        assertEquals(Origin.EXTERNAL, parsed.students().get(0).origin());
        assertEquals(Track.EUV1, parsed.students().get(1).track());
        assertNull(parsed.students().get(1).personalAdvisor());
    }

    @Test
    void everyBadRowIsReportedWithItsNumberFieldAndMessage() {
        ValidationException e = assertThrows(ValidationException.class, () -> StudentCsv.read(
                "name,programme,startDate,birthDate\n"
                        + "Ok,SSH,2025-01-06,1990-01-01\n"
                        + "Bad programme,SSX,2025-01-06,1990-01-01\n"
                        + "\n"
                        + "No start,SSA,,1990-01-01\n"
                        + "Bad date,SSA,2025-13-45,1990-01-01\n"
                        + "Too many,SSA,2025-01-06,1990-01-01,extra\n"));
        List<FieldError> errors = e.errors();
        assertTrue(errors.contains(new FieldError("programme", errors.get(0).message(), 3)), errors.toString());
        assertTrue(errors.get(0).message().contains("SSX"));
        assertTrue(errors.contains(new FieldError("startDate", "is required", 5)), errors.toString());
        assertTrue(errors.stream().anyMatch(f -> f.row() == 6 && f.field().equals("startDate") && f.message().contains("2025-13-45")));
        assertEquals(1, errors.stream().filter(f -> f.row() == 6).count(), "a field that did not parse is not also 'required'");
        assertTrue(errors.stream().anyMatch(f -> f.row() == 7 && f.field().equals("csv")));
        assertTrue(errors.stream().noneMatch(f -> f.row() == 2));
    }

    @Test
    void unknownAndRepeatedColumnsAreRefusedAtTheHeader() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> StudentCsv.read("name;programme;navn;programme\nA;SSH;B;SSH"));
        assertEquals(List.of("navn", "programme"), e.errors().stream().map(FieldError::field).toList());
        assertTrue(e.errors().stream().allMatch(f -> f.row() == 1));
    }

    @Test
    void emptyInputOrOnlyAHeaderIsRefused() {
        assertThrows(ValidationException.class, () -> StudentCsv.read(""));
        assertThrows(ValidationException.class, () -> StudentCsv.read("name;programme;startDate\n\n"));
    }

    @Test
    void anUnclosedQuoteIsARowError() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> StudentCsv.read("name;programme;startDate\n\"Ole;SSH;2025-01-06\n"));
        assertEquals(new FieldError("csv", "a quoted cell is not closed", 2), e.errors().get(0));
    }

    @Test
    void moreThanTenThousandRowsAreRefused() {
        StringBuilder csv = new StringBuilder("programme;startDate\n");
        csv.append("SSH;2025-01-06\n".repeat(10_001));
        ValidationException e = assertThrows(ValidationException.class, () -> StudentCsv.read(csv.toString()));
        assertTrue(e.getMessage().contains("at most 10000"), e.getMessage());
    }
}
