package dk.sosuhub.core.internal.schema;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MigrationsTest {

    @Test
    void eachOwnerHasItsOwnHistoryTable() {
        assertEquals("schema_history_core", Migrations.historyTable(Migrations.CORE));
        assertEquals("schema_history_kpi", Migrations.historyTable("kpi"));
        assertEquals("schema_history_home_care", Migrations.historyTable("home-care"));
        assertEquals("db/home-care", Migrations.location("home-care"));
    }

    @Test
    void moduleIdsAreLowercaseLettersDigitsAndHyphens() {
        assertTrue(Migrations.validId("knowledge"));
        assertTrue(Migrations.validId("kpi2"));
        assertTrue(Migrations.validId("home-care"));
        for (String bad : new String[]{null, "", "Kpi", "2kpi", "home_care", "home-", "-kpi", "a b", "kpi;drop"}) {
            assertFalse(Migrations.validId(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> Migrations.historyTable("x\"; DROP TABLE student; --"));
    }
}
