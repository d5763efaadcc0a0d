package dk.sosuhub.core.internal;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StudentDataVersionsTest {

    private final StudentDataVersionsImpl versions = new StudentDataVersionsImpl();
    private final List<String> log = new ArrayList<>();

    /** A template that runs the work and notes when it "commits". */
    private final JpaTemplate jpa = (JpaTemplate) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[]{JpaTemplate.class}, (proxy, method, args) -> {
                if (!method.getName().equals("txExpr")) {
                    throw new UnsupportedOperationException(method.getName());
                }
                Object result = ((EmFunction<?>) args[1]).apply(null);
                log.add("commit");
                return result;
            });

    @Test
    void aWriteChangesItsMunicipalitysVersionOnlyAfterItsTransaction() {
        long before = versions.version("250");
        long aarhus = versions.version("751");
        String answer = Tx.write(jpa, versions, "250", em -> {
            log.add("work");
            assertEquals(before, versions.version("250"), "not while the transaction runs");
            return "done";
        });
        log.add(versions.version("250") == before ? "unchanged" : "changed");
        assertEquals("done", answer);
        assertEquals(List.of("work", "commit", "changed"), log);
        assertEquals(aarhus, versions.version("751"), "another municipality's version stays");
    }

    @Test
    void everyWriteGivesANewVersion() {
        long first = versions.version("250");
        Tx.write(jpa, versions, "250", em -> null);
        long second = versions.version("250");
        Tx.write(jpa, versions, "250", em -> null);
        assertNotEquals(first, second);
        assertNotEquals(second, versions.version("250"));
        assertNotEquals(first, versions.version("250"));
    }

    @Test
    void aFailedWriteChangesTheVersionToo() {
        long before = versions.version("250");
        assertThrows(IllegalStateException.class, () -> Tx.write(jpa, versions, "250", em -> {
            throw new IllegalStateException("refused");
        }));
        assertNotEquals(before, versions.version("250"));
    }

    @Test
    void aRestartedServiceStartsFromAnotherVersion() {
        assertNotEquals(versions.version("250"), new StudentDataVersionsImpl().version("250"));
    }

    @Test
    void readingIsStable() {
        assertEquals(versions.version("101"), versions.version("101"));
    }
}
