package dk.sosuhub.core.internal;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/** Runs work in one resource-local transaction (Aries JPA supports only REQUIRED with RESOURCE_LOCAL). */
public final class Tx {

    private Tx() {
    }

    public static <R> R run(JpaTemplate jpa, EmFunction<R> work) {
        return jpa.txExpr(TransactionType.Required, work);
    }

    /**
     * A write to a municipality's student records (students, plans, absences, talks, events): {@link #run}, then
     * the municipality's {@link StudentDataVersionsImpl version} changes, after the commit (the template commits
     * before it returns: no other unit's transaction holds core's) and before the caller can answer. It changes
     * when the work failed too, which costs a reader one recomputation and nothing else.
     */
    public static <R> R write(JpaTemplate jpa, StudentDataVersionsImpl versions, String municipality, EmFunction<R> work) {
        try {
            return run(jpa, work);
        } finally {
            versions.changed(municipality);
        }
    }
}
