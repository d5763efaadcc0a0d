package dk.sosuhub.core.api.event;

/**
 * Topics and properties of the events the platform posts (asynchronously, after the change is committed) when
 * something happens to a student. Every event carries {@link #MUNICIPALITY} and {@link #STUDENT_ID}; the
 * others are named per topic. Subscribe to all of them with {@code dk/sosuhub/student/*}.
 */
public final class StudentEvents {

    public static final String TOPIC_PREFIX = "dk/sosuhub/student/";

    /** A student was hired (created, imported, or the SSH record of a programme switch). */
    public static final String HIRED = TOPIC_PREFIX + "HIRED";
    /** The student's data changed (name, dates, personal advisor, …). */
    public static final String UPDATED = TOPIC_PREFIX + "UPDATED";
    /** The student's plan of periods was replaced (sites and supervisors may have changed). */
    public static final String PLAN_CHANGED = TOPIC_PREFIX + "PLAN_CHANGED";
    /** An absence (sick leave) was registered; with {@link #ABSENCE_ID}, {@link #DATE}, {@link #SICK_DAYS}. */
    public static final String ABSENCE_REGISTERED = TOPIC_PREFIX + "ABSENCE_REGISTERED";
    /** A talk was held; with {@link #DATE} and {@link #TALK_TYPE}. */
    public static final String TALK_REGISTERED = TOPIC_PREFIX + "TALK_REGISTERED";
    /** With {@link #DATE}. */
    public static final String COMPLETED = TOPIC_PREFIX + "COMPLETED";
    /** With {@link #DATE} and {@link #REASON} (also for the SSA record of a programme switch). */
    public static final String DROPPED_OUT = TOPIC_PREFIX + "DROPPED_OUT";
    /** The municipality hired the graduate; with {@link #DATE} and {@link #UNIT_TYPE}. */
    public static final String EMPLOYED = TOPIC_PREFIX + "EMPLOYED";

    /** The municipality's code, a String. */
    public static final String MUNICIPALITY = "municipality";
    /** The student's id, a Long. */
    public static final String STUDENT_ID = "studentId";
    /** The date the event happened (absence start, completion, …), an ISO-8601 String. */
    public static final String DATE = "date";
    public static final String ABSENCE_ID = "absenceId";
    /** A String with a decimal number of days, in halves. */
    public static final String SICK_DAYS = "sickDays";
    public static final String REASON = "reason";
    public static final String UNIT_TYPE = "unitType";
    public static final String TALK_TYPE = "talkType";

    private StudentEvents() {
    }
}
