package dk.sosuhub.knowledge;

import dk.sosuhub.core.api.error.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GuideDataTest {

    private static GuideData data(List<String> audience, List<String> topics, String programme) {
        return new GuideData(" Velkomst af nye elever ", "Sådan tager du imod.", "# Velkomst\n\nTekst.", audience, topics, programme);
    }

    private static List<String> fields(ValidationException e) {
        return e.errors().stream().map(ValidationException.FieldError::field).toList();
    }

    @Test
    void normalisesCodesTagsAndProgramme() {
        GuideData valid = data(List.of("Elev", " vejleder", "elev"), List.of("Oplæring ", "den gode  velkomst", "oplæring"), "ssa")
                .validated();
        assertEquals("Velkomst af nye elever", valid.title());
        assertEquals(List.of("elev", "vejleder"), valid.audience());
        assertEquals(List.of("oplæring", "den-gode-velkomst"), valid.topics());
        assertEquals("SSA", valid.programme());
        assertNull(data(List.of("leder"), null, " ").validated().programme());
        assertEquals(List.of(), data(List.of("leder"), null, null).validated().topics());
    }

    @Test
    void reportsEveryProblemAtOnce() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> new GuideData(null, " ", null, List.of(), null, null).validated());
        assertEquals(List.of("title", "summary", "body", "audience"), fields(e));
        e = assertThrows(ValidationException.class, () -> data(List.of("elev", "chef"), null, "EUX").validated());
        assertEquals(List.of("audience", "programme"), fields(e));
        assertTrue(e.getMessage().contains("'chef'") && e.getMessage().contains("ufaglaert"), e.getMessage());
    }

    @Test
    void refusesTooMuchAndControlCharacters() {
        List<String> manyTopics = Collections.nCopies(21, "x");
        ValidationException e = assertThrows(ValidationException.class, () -> new GuideData("t".repeat(201), "s",
                "b".repeat(GuideData.MAX_BODY + 1), List.of("elev"), manyTopics, null).validated());
        assertEquals(List.of("title", "body", "topics"), fields(e));
        e = assertThrows(ValidationException.class, () -> new GuideData("Linje\nto", "s\u0000", "ok\n\tindrykket",
                List.of("elev"), Arrays.asList("ok", " ", "x".repeat(61)), null).validated());
        assertEquals(List.of("title", "summary", "topics", "topics"), fields(e));
    }
}
