package dk.sosuhub.core.api.model;

import java.time.LocalDate;
import java.time.Period;

/**
 * A student (elev) employed and trained by a municipality.
 *
 * @param ageAtStart      whole years at {@code startDate}; from 25 the student is paid adult student pay
 * @param endDate         planned end of the programme; defaults to start + the programme's nominal duration
 * @param personalAdvisor the central personal advisor (personlig vejleder) who follows the student throughout
 * @param dropout         set when the student dropped out
 * @param employment      set when the municipality hired the graduate
 */
public record Student(
        long id,
        String municipality,
        String name,
        Programme programme,
        Track track,
        Origin origin,
        LocalDate startDate,
        LocalDate endDate,
        LocalDate birthDate,
        Integer ageAtStart,
        String personalAdvisor,
        StudentStatus status,
        LocalDate completionDate,
        Dropout dropout,
        Employment employment) {

    /** Age from which a student is paid voksenelevløn (adult student pay). */
    public static final int ADULT_PAY_AGE = 25;

    /** Whole years between the birth date and the date, or null when the birth date is unknown. */
    public static Integer ageAt(LocalDate birthDate, LocalDate date) {
        if (birthDate == null || date == null) {
            return null;
        }
        return Period.between(birthDate, date).getYears();
    }

    public static LocalDate plannedEnd(Programme programme, LocalDate startDate) {
        return startDate.plus(programme.nominalDuration());
    }

    public boolean adultPay() {
        return ageAtStart != null && ageAtStart >= ADULT_PAY_AGE;
    }
}
