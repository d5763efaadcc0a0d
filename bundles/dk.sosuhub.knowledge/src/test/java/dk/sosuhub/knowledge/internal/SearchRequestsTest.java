package dk.sosuhub.knowledge.internal;

import dk.sosuhub.core.api.error.ValidationException;
import dk.sosuhub.knowledge.SearchRequest;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchRequestsTest {

    @Test
    void acceptsRepeatedAndCommaSeparatedFilters() {
        SearchRequest r = SearchRequests.of("250", "  \"løn\" AND (elev*", Arrays.asList("elev,Leder", " ssh ", null, ""),
                List.of("Voksenelevløn", "ssh til ssa"), null);
        assertEquals(Set.of("elev", "leder", "ssh"), r.audiences());
        assertEquals(Set.of("voksenelevløn", "ssh-til-ssa"), r.topics());
        assertEquals(1, r.page());
        assertEquals("  \"løn\" AND (elev*", r.query(), "the query is searched as text, never refused");
        assertEquals("", SearchRequests.of("250", null, null, null, 3).query());
    }

    @Test
    void refusesUnknownAudiencesAndPagesOutOfRange() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> SearchRequests.of("250", "løn", List.of("elev,chef"), null, 0));
        assertEquals(List.of("audience", "page"), e.errors().stream().map(ValidationException.FieldError::field).toList());
        assertTrue(e.getMessage().contains("chef"));
        assertThrows(ValidationException.class, () -> SearchRequests.of("250", "løn", null, null, SearchRequests.MAX_PAGE + 1));
        assertThrows(ValidationException.class, () -> SearchRequests.of("250", "løn", null,
                Collections.nCopies(21, "x").stream().map(s -> s + Math.random()).toList(), 1));
        assertEquals(SearchRequests.MAX_PAGE, SearchRequests.of("250", "løn", null, null, SearchRequests.MAX_PAGE).page());
    }
}
