package dk.sosuhub.demo.internal;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The demo data's writers take turns: several of them (the placements planner on its own thread, the mentoring
 * records, the conversations) write students, plans and their events at boot, and embedded Derby can meet a deadlock
 * between two such transactions (a lock cycle over the student and plan tables). Demo data only; the platform's own
 * services serialise nothing.
 */
final class DemoWrites {

    private static final ReentrantLock LOCK = new ReentrantLock();

    private DemoWrites() {
    }

    static void inTurn(Runnable work) {
        inTurn(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs one all-or-nothing write again when Derby chose it as a deadlock's victim (it was rolled back whole), at
     * most three times: a boot's other writers (event handlers of the modules) are not in turn with the demo data.
     */
    static <T> T retryingDeadlocks(Supplier<T> atomicWrite) {
        for (int attempt = 1; ; attempt++) {
            try {
                return atomicWrite.get();
            } catch (RuntimeException e) {
                if (attempt == 3 || !deadlock(e)) {
                    throw e;
                }
                try {
                    Thread.sleep(200L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static boolean deadlock(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof java.sql.SQLTransactionRollbackException) {
                return true;
            }
        }
        return false;
    }

    static <T> T inTurn(Supplier<T> work) {
        LOCK.lock();
        try {
            return work.get();
        } finally {
            LOCK.unlock();
        }
    }
}
