package dk.sosuhub.itest;

import dk.sosuhub.core.api.model.DropoutReason;
import dk.sosuhub.core.api.model.Origin;
import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.core.api.model.StudentStatus;
import dk.sosuhub.core.api.model.StudyPeriod;
import dk.sosuhub.core.api.model.Track;
import dk.sosuhub.core.api.model.UnitType;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic national-scale dataset for the KPI benchmark, written with batched JDBC inserts into the
 * distribution's own database: 98 municipalities of skewed size, 200,000 students (SSH/SSA about 40/60, start
 * years 2018–2025, 15–35 % dropout per municipality with reasons, dates and phases, completions, employments),
 * their events and nominal plans, and 5,000,000 absence records dated inside the students' enrolment.
 */
final class NationalDataset {

    static final int MUNICIPALITIES = 98;
    static final int STUDENTS = 200_000;
    static final long ABSENCES = 5_000_000;
    static final int BATCH = 5_000;
    /** The records are as of this date (fixed, so that the dataset does not depend on the day it is made). */
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    static final long ID_BASE = 1_000_000;

    private static final DropoutReason[] SSA_REASONS = weighted(DropoutReason.class,
            "PRIVATE_LIFE", 6, "ACADEMIC_DEMANDS", 5, "ABSENCE", 4, "ILLNESS", 3, "SWITCHED_PROGRAMME", 3,
            "EMPLOYED_ELSEWHERE", 3, "MOVED", 1, "DEATH", 1, "OTHER", 2);
    private static final DropoutReason[] SSH_REASONS = weighted(DropoutReason.class,
            "ACADEMIC_DEMANDS", 5, "WRONG_CHOICE", 2, "OTHER", 2, "PRIVATE_LIFE", 1, "ILLNESS", 1);
    private static final UnitType[] UNITS = weighted(UnitType.class,
            "HOME_CARE", 8, "CARE_HOME", 7, "REHABILITATION", 2, "SSA_STUDENT", 3, "OTHER", 1);
    private static final double[] SICK_DAYS = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 0.5, 5, 10};

    /** What was made, for the figures table. */
    record Made(int municipalities, int students, long absences, long events, long periods, long millis) {
    }

    private record StudentRow(long id, String municipality, Programme programme, Track track, Origin origin,
                              LocalDate start, LocalDate end, LocalDate birth, StudentStatus status,
                              LocalDate completion, LocalDate dropout, DropoutReason reason, String phase,
                              LocalDate employment, UnitType unit) {
        /** Enrolled until the completion or dropout, or (still active) until the records' date. */
        LocalDate enrolledUntil() {
            LocalDate until = completion != null ? completion : dropout != null ? dropout : end;
            return until.isAfter(AS_OF) ? AS_OF : until;
        }
    }

    private final Random random = new Random(20_261_123L);

    Made generate(DataSource dataSource) throws SQLException {
        long started = System.nanoTime();
        List<String> codes = new ArrayList<>();
        List<StudentRow> students = new ArrayList<>(STUDENTS);
        long events;
        long periods;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            codes.addAll(municipalities(c));
            students.addAll(students(codes));
            insertStudents(c, students);
            events = insertEvents(c, students);
            periods = insertPlans(c, students);
            insertAbsences(c, students);
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE student ALTER COLUMN id RESTART WITH " + (ID_BASE + STUDENTS + 1));
            }
            c.commit();
        }
        return new Made(codes.size(), students.size(), ABSENCES, events, periods, (System.nanoTime() - started) / 1_000_000);
    }

    /** Aarhus (751) first and largest, Frederikssund (250) among the rest, then 96 more codes. */
    private List<String> municipalities(Connection c) throws SQLException {
        List<String> codes = new ArrayList<>(List.of("751", "250"));
        for (int code = 101; codes.size() < MUNICIPALITIES; code += 7) {
            String s = String.valueOf(code);
            if (!codes.contains(s)) {
                codes.add(s);
            }
        }
        try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM municipality WHERE code = ?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO municipality (code, name, created_at) VALUES (?, ?, ?)")) {
            for (String code : codes) {
                exists.setString(1, code);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        continue;
                    }
                }
                insert.setString(1, code);
                insert.setString(2, "Benchmark Kommune " + code);
                insert.setTimestamp(3, new Timestamp(System.currentTimeMillis()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        c.commit();
        return codes;
    }

    private List<StudentRow> students(List<String> codes) {
        // Sizes fall off with rank, as municipality sizes do: Aarhus ~ 7,000 students, the smallest few hundred
        double[] weights = new double[codes.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1 / Math.pow(i + 4, 0.8);
            sum += weights[i];
        }
        List<StudentRow> rows = new ArrayList<>(STUDENTS);
        long id = ID_BASE;
        int made = 0;
        for (int m = 0; m < codes.size(); m++) {
            int size = m == codes.size() - 1 ? STUDENTS - made : (int) Math.round(STUDENTS * weights[m] / sum);
            double dropoutRate = 0.15 + 0.20 * random.nextDouble();
            for (int i = 0; i < size; i++) {
                rows.add(student(++id, codes.get(m), dropoutRate));
            }
            made += size;
        }
        return rows;
    }

    private StudentRow student(long id, String municipality, double dropoutRate) {
        Programme programme = random.nextDouble() < 0.4 ? Programme.SSH : Programme.SSA;
        int year = 2018 + random.nextInt(8);
        int month = random.nextDouble() < 0.8 ? new int[]{1, 2, 8, 9}[random.nextInt(4)] : 1 + random.nextInt(12);
        LocalDate start = LocalDate.of(year, month, 1 + random.nextInt(28));
        LocalDate end = start.plus(programme.nominalDuration());
        double o = random.nextDouble();
        Origin origin = programme == Programme.SSA && o < 0.06 ? Origin.OWN_SSH_STAFF
                : o > 0.88 ? Origin.OWN_UNSKILLED_STAFF : Origin.EXTERNAL;
        Track track = origin == Origin.OWN_SSH_STAFF ? Track.SSH_TO_SSA
                : origin == Origin.OWN_UNSKILLED_STAFF && programme == Programme.SSH && random.nextBoolean() ? Track.EUV1
                : Track.ORDINARY;
        LocalDate birth = start.minusYears(18 + Math.min(45, (long) Math.abs(random.nextGaussian() * 14)))
                .minusDays(random.nextInt(365));
        LocalDate dropout = null;
        DropoutReason reason = null;
        String phase = null;
        LocalDate completion = null;
        LocalDate employment = null;
        UnitType unit = null;
        StudentStatus status = StudentStatus.ACTIVE;
        if (random.nextDouble() < dropoutRate) {
            // most dropouts come early: in the basic course or the first placements
            double u = random.nextDouble();
            LocalDate date = start.plusDays(1 + (long) (u * u * ChronoUnit.DAYS.between(start, end)));
            if (date.isBefore(AS_OF)) {
                dropout = date;
                reason = (programme == Programme.SSA ? SSA_REASONS : SSH_REASONS)[random.nextInt(
                        programme == Programme.SSA ? SSA_REASONS.length : SSH_REASONS.length)];
                phase = StudyPeriod.phaseAt(StudyPeriod.nominalPlan(programme, start), date);
                status = StudentStatus.DROPPED_OUT;
            }
        }
        if (status == StudentStatus.ACTIVE && end.isBefore(AS_OF)) {
            completion = end;
            status = StudentStatus.COMPLETED;
            LocalDate hiredOn = end.plusDays(14 + random.nextInt(60));
            if (random.nextDouble() < 0.55 && hiredOn.isBefore(AS_OF)) {
                employment = hiredOn;
                do {
                    unit = UNITS[random.nextInt(UNITS.length)];
                } while (unit == UnitType.SSA_STUDENT && programme == Programme.SSA);
            }
        }
        return new StudentRow(id, municipality, programme, track, origin, start, end, birth, status, completion,
                dropout, reason, phase, employment, unit);
    }

    private void insertStudents(Connection c, List<StudentRow> students) throws SQLException {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        try (PreparedStatement p = c.prepareStatement("INSERT INTO student (id, municipality, name, programme, track,"
                + " origin, start_date, end_date, birth_date, age_at_start, status, created_at, updated_at, personal_advisor,"
                + " completion_date, dropout_date, dropout_reason, dropout_phase, employment_date, employment_unit)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (StudentRow s : students) {
                p.setLong(1, s.id());
                p.setString(2, s.municipality());
                p.setString(3, "Elev " + s.id());
                p.setString(4, s.programme().name());
                p.setString(5, s.track().name());
                p.setString(6, s.origin().name());
                p.setDate(7, Date.valueOf(s.start()));
                p.setDate(8, Date.valueOf(s.end()));
                p.setDate(9, Date.valueOf(s.birth()));
                p.setInt(10, (int) ChronoUnit.YEARS.between(s.birth(), s.start()));
                p.setString(11, s.status().name());
                p.setTimestamp(12, now);
                p.setTimestamp(13, now);
                p.setString(14, "Vejleder " + (s.id() % 7));
                p.setDate(15, date(s.completion()));
                p.setDate(16, date(s.dropout()));
                p.setString(17, s.reason() == null ? null : s.reason().name());
                p.setString(18, s.phase());
                p.setDate(19, date(s.employment()));
                p.setString(20, s.unit() == null ? null : s.unit().name());
                p.addBatch();
                n = flush(c, p, n);
            }
            p.executeBatch();
            c.commit();
        }
    }

    private long insertEvents(Connection c, List<StudentRow> students) throws SQLException {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        long count = 0;
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO student_event (student_id, type, event_date, detail, created_at) VALUES (?, ?, ?, ?, ?)")) {
            int n = 0;
            for (StudentRow s : students) {
                List<Object[]> events = new ArrayList<>();
                if (s.completion() != null) {
                    events.add(new Object[]{"COMPLETED", s.completion(), null});
                }
                if (s.dropout() != null) {
                    events.add(new Object[]{"DROPPED_OUT", s.dropout(), s.reason().name()});
                }
                if (s.employment() != null) {
                    events.add(new Object[]{"EMPLOYED", s.employment(), s.unit().name()});
                }
                for (Object[] e : events) {
                    p.setLong(1, s.id());
                    p.setString(2, (String) e[0]);
                    p.setDate(3, Date.valueOf((LocalDate) e[1]));
                    p.setString(4, (String) e[2]);
                    p.setTimestamp(5, now);
                    p.addBatch();
                    n = flush(c, p, n);
                    count++;
                }
            }
            p.executeBatch();
            c.commit();
        }
        return count;
    }

    private long insertPlans(Connection c, List<StudentRow> students) throws SQLException {
        long count = 0;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO study_period (student_id, seq, kind, number, start_date,"
                + " end_date, site) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (StudentRow s : students) {
                for (StudyPeriod period : StudyPeriod.nominalPlan(s.programme(), s.start())) {
                    p.setLong(1, s.id());
                    p.setInt(2, period.seq());
                    p.setString(3, period.kind().name());
                    p.setInt(4, period.number());
                    p.setDate(5, Date.valueOf(period.startDate()));
                    p.setDate(6, Date.valueOf(period.endDate()));
                    p.setString(7, null);
                    p.addBatch();
                    n = flush(c, p, n);
                    count++;
                }
            }
            p.executeBatch();
            c.commit();
        }
        return count;
    }

    /** Spreads exactly {@link #ABSENCES} records over the students in proportion to their days of enrolment. */
    private void insertAbsences(Connection c, List<StudentRow> students) throws SQLException {
        long totalDays = 0;
        for (StudentRow s : students) {
            totalDays += enrolledDays(s);
        }
        Timestamp now = new Timestamp(System.currentTimeMillis());
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO absence (student_id, municipality, start_date, sick_days, created_at) VALUES (?, ?, ?, ?, ?)")) {
            int n = 0;
            long cumulative = 0;
            for (StudentRow s : students) {
                long days = enrolledDays(s);
                long before = ABSENCES * cumulative / totalDays;
                cumulative += days;
                long count = ABSENCES * cumulative / totalDays - before;
                for (long i = 0; i < count; i++) {
                    p.setLong(1, s.id());
                    p.setString(2, s.municipality());
                    p.setDate(3, Date.valueOf(weekday(s.start().plusDays(random.nextInt((int) days)), s)));
                    p.setBigDecimal(4, BigDecimal.valueOf(SICK_DAYS[random.nextInt(SICK_DAYS.length)]));
                    p.setTimestamp(5, now);
                    p.addBatch();
                    n = flush(c, p, n);
                }
            }
            p.executeBatch();
            c.commit();
        }
    }

    private static long enrolledDays(StudentRow s) {
        return Math.max(1, ChronoUnit.DAYS.between(s.start(), s.enrolledUntil()));
    }

    /** Sick days are reported on working days: a weekend date moves to the Friday before, within the enrolment. */
    private static LocalDate weekday(LocalDate date, StudentRow s) {
        LocalDate d = date;
        while ((d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) && d.isAfter(s.start())) {
            d = d.minusDays(1);
        }
        return d;
    }

    private static int flush(Connection c, PreparedStatement p, int n) throws SQLException {
        if (++n < BATCH) {
            return n;
        }
        p.executeBatch();
        c.commit();
        return 0;
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    @SuppressWarnings("unchecked")
    private static <E extends Enum<E>> E[] weighted(Class<E> type, Object... nameAndWeight) {
        List<E> list = new ArrayList<>();
        for (int i = 0; i < nameAndWeight.length; i += 2) {
            for (int w = 0; w < (Integer) nameAndWeight[i + 1]; w++) {
                list.add(Enum.valueOf(type, (String) nameAndWeight[i]));
            }
        }
        return list.toArray((E[]) java.lang.reflect.Array.newInstance(type, 0));
    }
}
