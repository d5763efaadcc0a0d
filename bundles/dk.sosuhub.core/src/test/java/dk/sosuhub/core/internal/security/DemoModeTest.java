package dk.sosuhub.core.internal.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DemoModeTest {

    @Test
    void aNewDatabaseIsWhatItsFirstStartMakesIt() {
        assertEquals(DemoMode.DEMO, DemoMode.decideOrigin(0, 0, true));
        assertEquals(DemoMode.PRODUCTION, DemoMode.decideOrigin(0, 0, false));
    }

    @Test
    void anOlderDatabaseIsADemoDatabaseOnlyIfItHasDemoUsers() {
        assertEquals(DemoMode.PRODUCTION, DemoMode.decideOrigin(3, 0, true), "a production database started with the demo switch");
        assertEquals(DemoMode.DEMO, DemoMode.decideOrigin(4, 3, false));
        assertEquals(DemoMode.DEMO, DemoMode.decideOrigin(4, 3, true));
    }
}
