package dk.sosuhub.core.internal.schema;

import org.flywaydb.core.internal.exception.FlywaySqlException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;

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

    @Test
    void aMigrationTheDatabaseRolledBackForADeadlockIsAppliedAgain() {
        AtomicInteger attempts = new AtomicInteger();
        String outcome = Migrations.retryingRollbacks("messages", () -> {
            if (attempts.incrementAndGet() < 3) {
                throw new FlywaySqlException("Migration failed", new SQLTransactionRollbackException(
                        "A lock could not be obtained due to a deadlock", "40001"));
            }
            return "applied";
        });
        assertEquals("applied", outcome);
        assertEquals(3, attempts.get());
    }

    @Test
    void otherFailuresAndAThirdRollbackAreNotRetried() {
        AtomicInteger attempts = new AtomicInteger();
        assertThrows(FlywaySqlException.class, () -> Migrations.retryingRollbacks("messages", () -> {
            attempts.incrementAndGet();
            throw new FlywaySqlException("Migration failed", new SQLException("Syntax error", "42X01"));
        }));
        assertEquals(1, attempts.get());
        attempts.set(0);
        assertThrows(FlywaySqlException.class, () -> Migrations.retryingRollbacks("messages", () -> {
            attempts.incrementAndGet();
            throw new FlywaySqlException("Migration failed", new SQLException("Lock timeout", "40XL1"));
        }));
        assertEquals(3, attempts.get());
        assertTrue(Migrations.rolledBack(new RuntimeException(new SQLException("deadlock", "40P01"))));
        assertFalse(Migrations.rolledBack(new RuntimeException(new SQLException("no state"))));
    }
}
