package dk.sosuhub.core.api;

import dk.sosuhub.core.api.model.Absence;
import dk.sosuhub.core.api.model.DropoutReason;
import dk.sosuhub.core.api.model.ProgrammeSwitch;
import dk.sosuhub.core.api.model.Student;
import dk.sosuhub.core.api.model.StudyPeriod;
import dk.sosuhub.core.api.model.Talk;
import dk.sosuhub.core.api.model.TalkType;
import dk.sosuhub.core.api.model.UnitType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What happens to a student after hiring: the plan of periods, sick days, talks and the status events. An event
 * that cannot happen (completion after a dropout, a dropout before the start, employment without completion)
 * is refused with a {@link dk.sosuhub.core.api.error.ConflictException} or
 * {@link dk.sosuhub.core.api.error.ValidationException} and changes nothing.
 */
public interface LifecycleService {

    Student complete(String municipality, long studentId, LocalDate date);

    /** The phase is derived from the student's plan at {@code date}. */
    Student dropOut(String municipality, long studentId, LocalDate date, DropoutReason reason);

    /** The municipality hired the graduate; the student must have completed. */
    Student employ(String municipality, long studentId, LocalDate date, UnitType unitType);

    /**
     * An active SSA student switches to SSH on {@code date}: the SSA record ends as a dropout with reason
     * SWITCHED_PROGRAMME, and a new SSH record starts that day with the same person's data and the SSH main
     * course as its plan (the whole SSH programme if the switch is during the basic course).
     *
     * @throws dk.sosuhub.core.api.error.ConflictException if the student is not an active SSA student
     */
    ProgrammeSwitch switchProgramme(String municipality, long studentId, LocalDate date);

    /** The switch the student was part of, as the SSA student who left or the SSH student who came. */
    Optional<ProgrammeSwitch> programmeSwitch(String municipality, long studentId);

    List<StudyPeriod> plan(String municipality, long studentId);

    /** Replaces the plan; periods must follow each other without gaps or overlaps. */
    List<StudyPeriod> replacePlan(String municipality, long studentId, List<StudyPeriod> plan);

    Absence addAbsence(String municipality, long studentId, LocalDate date, BigDecimal sickDays);

    List<Absence> absences(String municipality, long studentId);

    Talk addTalk(String municipality, long studentId, TalkType type, LocalDate date, List<String> participants);

    List<Talk> talks(String municipality, long studentId);
}
