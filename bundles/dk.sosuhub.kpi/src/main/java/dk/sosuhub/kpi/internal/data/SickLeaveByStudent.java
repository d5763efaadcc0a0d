package dk.sosuhub.kpi.internal.data;

import dk.sosuhub.core.api.model.WorkingDays;
import dk.sosuhub.kpi.StudentStatistics.SickLeave;
import dk.sosuhub.kpi.StudentStatistics.StudentSickLeave;
import dk.sosuhub.core.api.model.Programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Splits one year's sick leave of a municipality by student and placement site, from the rows the queries give:
 * enrolments, periods at named sites and absences. Same terms as the municipality's figure: sick days reported in
 * the year over the weekdays planned in it while enrolled.
 */
final class SickLeaveByStudent {

    private final LocalDate from;
    private final LocalDate to;
    private final Map<Long, Student> students = new LinkedHashMap<>();

    SickLeaveByStudent(LocalDate from, LocalDate to) {
        this.from = from;
        this.to = to;
    }

    void enrolled(long id, String name, Programme programme, LocalDate start, LocalDate end) {
        students.put(id, new Student(id, name, programme, start, end));
    }

    void period(long studentId, LocalDate start, LocalDate end, String site) {
        Student s = students.get(studentId);
        if (s != null) {
            s.periods.add(new Period(start, end, site));
        }
    }

    void absence(long studentId, LocalDate date, BigDecimal sickDays) {
        Student s = students.get(studentId);
        if (s == null) {
            return;     // reported outside the enrolment: not part of any student's rate
        }
        s.sickDays = s.sickDays.add(sickDays);
        for (Period p : s.periods) {
            if (!date.isBefore(p.start) && date.isBefore(p.end)) {
                s.siteSickDays.merge(p.site, sickDays, BigDecimal::add);
                break;
            }
        }
    }

    List<StudentSickLeave> result() {
        List<StudentSickLeave> result = new ArrayList<>();
        for (Student s : students.values()) {
            LocalDate enrolledFrom = StudentStatisticsImpl.max(s.start, from);
            LocalDate enrolledTo = StudentStatisticsImpl.min(s.end, to);
            Map<String, Long> sitePlanned = new TreeMap<>();
            for (Period p : s.periods) {
                long days = WorkingDays.between(StudentStatisticsImpl.max(p.start, enrolledFrom),
                        StudentStatisticsImpl.min(p.end, enrolledTo));
                sitePlanned.merge(p.site, days, Long::sum);
            }
            Map<String, SickLeave> bySite = new TreeMap<>();
            sitePlanned.forEach((site, days) -> bySite.put(site,
                    new SickLeave(s.siteSickDays.getOrDefault(site, BigDecimal.ZERO), days)));
            result.add(new StudentSickLeave(s.id, s.name, s.programme, s.start.getYear(),
                    new SickLeave(s.sickDays, WorkingDays.between(enrolledFrom, enrolledTo)), bySite));
        }
        return result;
    }

    private record Period(LocalDate start, LocalDate end, String site) {
    }

    private static final class Student {
        final long id;
        final String name;
        final Programme programme;
        final LocalDate start;
        final LocalDate end;
        final List<Period> periods = new ArrayList<>();
        final Map<String, BigDecimal> siteSickDays = new TreeMap<>();
        BigDecimal sickDays = BigDecimal.ZERO;

        Student(long id, String name, Programme programme, LocalDate start, LocalDate end) {
            this.id = id;
            this.name = name;
            this.programme = programme;
            this.start = start;
            this.end = end;
        }
    }
}
