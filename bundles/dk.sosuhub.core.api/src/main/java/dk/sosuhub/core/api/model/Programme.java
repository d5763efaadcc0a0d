package dk.sosuhub.core.api.model;

import java.time.Period;

/** The two SOSU programmes. Durations are the nominal ones: basic course (GF) plus main course. */
public enum Programme {
    /** Social- og sundhedshjælper: ~5 months basic course + 1 year 2 months main course. */
    SSH(Period.ofMonths(5), Period.ofMonths(14)),
    /** Social- og sundhedsassistent: ~5 months basic course + 2 years 9 months main course. */
    SSA(Period.ofMonths(5), Period.ofMonths(33));

    private final Period basicCourse;
    private final Period mainCourse;

    Programme(Period basicCourse, Period mainCourse) {
        this.basicCourse = basicCourse;
        this.mainCourse = mainCourse;
    }

    public Period basicCourse() { return basicCourse; }

    public Period mainCourse() { return mainCourse; }

    public Period nominalDuration() { return basicCourse.plus(mainCourse).normalized(); }
}
