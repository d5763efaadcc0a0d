package dk.sosuhub.core.api.model;

import dk.sosuhub.core.api.Denmark;
import dk.sosuhub.core.api.error.Validator;

import java.time.LocalDate;

/**
 * What a caller supplies to create or update a student. Any field may be missing here: {@link #validated()}
 * reports every problem at once and fills in the defaults. The status is not part of it; it follows from the
 * student's lifecycle events.
 *
 * @param ageAtStart an alternative to {@code birthDate} for records that only know the age at start
 */
public record StudentData(
        String name,
        Programme programme,
        Track track,
        Origin origin,
        LocalDate startDate,
        LocalDate endDate,
        LocalDate birthDate,
        Integer ageAtStart,
        String personalAdvisor) {

    static final int MIN_AGE = 15;
    static final int MAX_AGE = 70;
    static final LocalDate EARLIEST_START = LocalDate.of(1990, 1, 1);

    /**
     * @return the data with defaults applied: track ORDINARY, origin EXTERNAL, end date from the programme's
     *         nominal duration, age at start from the birth date
     * @throws dk.sosuhub.core.api.error.ValidationException listing every invalid field
     */
    public StudentData validated() {
        Validator v = new Validator()
                .requirePresent(programme, "programme")
                .requirePresent(startDate, "startDate")
                .require(name == null || name.length() <= 200, "name", "must be at most 200 characters")
                .require(personalAdvisor == null || personalAdvisor.length() <= 100, "personalAdvisor",
                        "must be at most 100 characters");
        if (startDate != null) {
            v.require(!startDate.isBefore(EARLIEST_START), "startDate", "must be in 1990 or later")
                    .require(!startDate.isAfter(Denmark.today().plusYears(5)), "startDate", "must be within five years from now")
                    .require(endDate == null || endDate.isAfter(startDate), "endDate", "must be after startDate");
        }
        Integer age = ageAtStart;
        if (birthDate != null && startDate != null) {
            age = Student.ageAt(birthDate, startDate);
            v.require(ageAtStart == null || ageAtStart.equals(age), "ageAtStart",
                    "does not match birthDate (" + age + " at startDate)");
        }
        v.require(age == null || (age >= MIN_AGE && age <= MAX_AGE), birthDate != null ? "birthDate" : "ageAtStart",
                "gives an age at start of " + age + "; must be between " + MIN_AGE + " and " + MAX_AGE);
        v.require(track != Track.SSH_TO_SSA || programme == Programme.SSA, "track",
                "SSH_TO_SSA is an upgrade to the SSA programme");
        v.require(track != Track.EUV1 || programme == Programme.SSH, "track", "EUV1 leads to the SSH programme");
        v.throwIfInvalid();
        return new StudentData(
                name == null || name.isBlank() ? null : name.strip(),
                programme,
                track != null ? track : Track.ORDINARY,
                origin != null ? origin : Origin.EXTERNAL,
                startDate,
                endDate != null ? endDate : Student.plannedEnd(programme, startDate),
                birthDate,
                age,
                personalAdvisor == null || personalAdvisor.isBlank() ? null : personalAdvisor.strip());
    }
}
