package dk.sosuhub.mentoring.internal;

import dk.sosuhub.core.api.error.Validator;
import dk.sosuhub.core.api.model.PeriodKind;
import dk.sosuhub.core.api.model.StudyPeriod;
import dk.sosuhub.mentoring.Health;
import dk.sosuhub.mentoring.Mentor;
import dk.sosuhub.mentoring.Scheme;
import dk.sosuhub.mentoring.Suggestion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** The module's rules without state: validation, health, rates and the matching score. */
public final class Rules {

    /** A new-graduate mentorship runs this many months from its start. */
    public static final int NEW_GRADUATE_MONTHS = 3;

    static final int MAX_TAGS = 30;
    static final int MAX_TAG_LENGTH = 50;

    private Rules() {
    }

    // --- mentors

    /** Checks a mentor as written by a client and returns it normalised (tags stripped, lower case, no repeats). */
    public static Mentor mentor(Mentor m) {
        Mentor in = m == null ? new Mentor(null, null, null, null, null, null, null, null, null, null) : m;
        Validator v = new Validator();
        v.requirePresent(in.name(), "name");
        v.require(in.name() == null || in.name().strip().length() <= 200, "name", "must be at most 200 characters");
        v.require(in.schemes() != null && !in.schemes().isEmpty() && in.schemes().stream().noneMatch(Objects::isNull), "schemes",
                "at least one of BUDDY, RETENTION_MENTOR, NEW_GRADUATE_MENTOR, EVERYDAY_GUIDE");
        v.requirePresent(in.capacity(), "capacity");
        v.require(in.capacity() == null || (in.capacity() >= 1 && in.capacity() <= 100), "capacity",
                "mentees at once: 1 to 100");
        v.require(in.site() == null || in.site().strip().length() <= 200, "site", "must be at most 200 characters");
        v.require(in.username() == null || (!in.username().isBlank() && in.username().strip().length() <= 100), "username",
                "a user name of at most 100 characters, or null");
        tags(v, "languages", in.languages());
        tags(v, "competences", in.competences());
        v.throwIfInvalid();
        return new Mentor(in.id(), in.name().strip(), List.copyOf(new LinkedHashSet<>(in.schemes())), in.capacity(),
                blankToNull(in.site()), normalised(in.languages()), normalised(in.competences()),
                in.active() == null || in.active(), blankToNull(in.username()), null);
    }

    public static void tags(Validator v, String field, List<String> tags) {
        if (tags == null) {
            return;
        }
        v.require(tags.size() <= MAX_TAGS, field, "at most " + MAX_TAGS + " tags");
        for (int i = 0; i < tags.size(); i++) {
            String t = tags.get(i);
            v.require(t != null && !t.isBlank() && t.strip().length() <= MAX_TAG_LENGTH, field + "[" + i + "]",
                    "a tag of 1 to " + MAX_TAG_LENGTH + " characters");
        }
    }

    /** Stripped, lower case, repeats dropped, in the order given. */
    public static List<String> normalised(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        tags.stream().filter(Objects::nonNull).map(t -> t.strip().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty())
                .forEach(out::add);
        return List.copyOf(out);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // --- health and figures

    /**
     * The health of an active relationship on {@code today}: a check-in within {@code weeks} weeks is ON_TRACK;
     * none yet and started less than {@code weeks} weeks ago is TOO_EARLY; otherwise NEEDS_CHECK_IN.
     */
    public static Health health(LocalDate startedOn, LocalDate lastCheckIn, LocalDate today, int weeks) {
        LocalDate due = today.minusWeeks(weeks);
        if (lastCheckIn != null && lastCheckIn.isAfter(due)) {
            return Health.ON_TRACK;
        }
        if (lastCheckIn == null && startedOn.isAfter(due)) {
            return Health.TOO_EARLY;
        }
        return Health.NEEDS_CHECK_IN;
    }

    /** part / whole with 4 decimals (half up), or null when whole is 0. */
    public static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    /** The placement period the date falls in, else the next one to start; null when there is none. */
    public static StudyPeriod placementAt(List<StudyPeriod> plan, LocalDate date) {
        StudyPeriod next = null;
        for (StudyPeriod p : plan) {
            if (p.kind() != PeriodKind.PLACEMENT) {
                continue;
            }
            if (p.contains(date)) {
                return p;
            }
            if (p.startDate().isAfter(date) && (next == null || p.startDate().isBefore(next.startDate()))) {
                next = p;
            }
        }
        return next;
    }

    // --- matching

    /** A mentor with the number of active mentees. */
    public record Candidate(Mentor mentor, int load) {
    }

    /**
     * Ranks the mentors for a student in a scheme. Only active mentors who offer the scheme and have room are
     * suggested; for a buddy or an everyday guide only those working at the student's placement site, and never
     * the student's own supervisor as buddy. Score: 10 for offering the scheme, 40 for working at the student's
     * placement site, 20 for each competence that meets a support need, 15 for each language the student needs,
     * and 2 for each free place (at most 10). Highest score first, then the lower load, then the lower id.
     *
     * @param site       the student's current (or next) placement site, or null
     * @param supervisor the username of the student's supervisor there, or null
     * @param needs      the student's support needs (normalised tags)
     */
    public static List<Suggestion> rank(Scheme scheme, List<Candidate> candidates, String site, String supervisor,
                                        List<String> needs) {
        List<Suggestion> out = new ArrayList<>();
        for (Candidate c : candidates) {
            Mentor m = c.mentor();
            if (!Boolean.TRUE.equals(m.active()) || !m.schemes().contains(scheme) || c.load() >= m.capacity()) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            int score = 10;
            reasons.add("Tilbyder ordningen " + scheme.label().toLowerCase(Locale.ROOT));
            boolean sameSite = site != null && m.site() != null && m.site().strip().equalsIgnoreCase(site.strip());
            if (scheme.atPlacementSite()) {
                if (!sameSite) {
                    continue;
                }
                if (scheme == Scheme.BUDDY && supervisor != null && supervisor.equals(m.username())) {
                    continue;
                }
            }
            if (sameSite) {
                score += 40;
                reasons.add("Arbejder på elevens oplæringssted: " + m.site());
            }
            for (String need : needs) {
                if (m.competences().contains(need)) {
                    score += 20;
                    reasons.add("Har kompetence i " + need + ", som eleven har brug for støtte til");
                }
                if (m.languages().contains(need)) {
                    score += 15;
                    reasons.add("Taler " + need);
                }
            }
            int free = m.capacity() - c.load();
            score += Math.min(10, 2 * free);
            reasons.add(free == 1 ? "Har plads til 1 elev mere" : "Har plads til " + free + " elever mere");
            out.add(new Suggestion(m.id(), m.name(), m.site(), score, reasons, c.load(), m.capacity()));
        }
        out.sort(Comparator.comparingInt(Suggestion::score).reversed().thenComparingInt(Suggestion::load)
                .thenComparingLong(Suggestion::mentorId));
        return out;
    }
}
