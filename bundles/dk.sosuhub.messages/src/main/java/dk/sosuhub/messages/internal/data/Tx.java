package dk.sosuhub.messages.internal.data;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/** Runs work in one resource-local transaction (Aries JPA supports only REQUIRED with RESOURCE_LOCAL). */
final class Tx {

    private Tx() {
    }

    static <R> R run(JpaTemplate jpa, EmFunction<R> work) {
        return jpa.txExpr(TransactionType.Required, work);
    }
}
