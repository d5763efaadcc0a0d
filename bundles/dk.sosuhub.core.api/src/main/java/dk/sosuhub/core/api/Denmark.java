package dk.sosuhub.core.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The platform's time zone: Denmark's. "Today" is the day in Denmark whatever zone the server's JVM runs in (a
 * server on UTC is still on yesterday between 23:00 and 24:00 Danish winter time, 22:00–24:00 in summer, and would
 * refuse a date that is today in Denmark as "in the future"). Timestamps stored as instants are unaffected.
 */
public final class Denmark {

    /** Europe/Copenhagen. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    /** The system clock in Denmark's zone, for services that take a {@link Clock} (tests give them their own). */
    public static final Clock CLOCK = Clock.system(ZONE);

    private Denmark() {
    }

    /** Today in Denmark. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
