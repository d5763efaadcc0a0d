package ${package}.internal;

import ${package}.Item;
import dk.sosuhub.core.api.error.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ItemValidationTest {

    @Test
    void anItemNeedsATitle() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> ItemServiceImpl.validate(new Item(null, "  ", null, null)));
        assertEquals("title", e.errors().get(0).field());
    }

    @Test
    void namesEveryFieldThatIsTooLong() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> ItemServiceImpl.validate(new Item(null, "x".repeat(201), "y".repeat(4001), null)));
        assertEquals(2, e.errors().size());
    }

    @Test
    void aTitleAloneIsEnough() {
        assertDoesNotThrow(() -> ItemServiceImpl.validate(new Item(null, "Førstehjælp", null, LocalDate.of(2027, 3, 1))));
    }
}
