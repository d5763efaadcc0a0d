package dk.sosuhub.demo.internal;

import dk.sosuhub.core.api.Denmark;
import dk.sosuhub.core.api.LifecycleService;
import dk.sosuhub.core.api.StudentService;
import dk.sosuhub.core.api.model.DropoutReason;
import dk.sosuhub.core.api.model.Origin;
import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.core.api.model.Student;
import dk.sosuhub.core.api.model.StudentData;
import dk.sosuhub.core.api.model.Track;
import dk.sosuhub.core.api.model.UnitType;
import dk.sosuhub.mentoring.Mentor;
import dk.sosuhub.mentoring.MentoringService;
import dk.sosuhub.mentoring.Outcome;
import dk.sosuhub.mentoring.Relationship;
import dk.sosuhub.mentoring.Scheme;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The mentoring schemes' demo data, through the mentoring module's API while that module is installed (the demo
 * bundle imports its package dynamically); seeded only where the municipality has no mentors, so changes survive
 * restarts.
 * <p>
 * Aarhus (751): the retention mentor (fastholdelsesmentor) since August 2021 with the records behind the published
 * figures: 128 students referred, 102 courses started, 87 closed, 72 of them functioning well in their education or
 * graduated (83 %). The 128 students are demo students of the register; the split of the remaining outcomes (9
 * dropped out, 3 declined, 3 other) and of the referrals that never started (20 withdrawn, 6 waiting) is ours, not
 * published. Frederikssund (250): buddies at its demo placement sites, an everyday guide and two mentors for new
 * graduates, with a graduate the municipality hired whose three months are running.
 */
@Component(immediate = true, service = {})
public class DemoMentoringData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoMentoringData.class);

    static final int REFERRED = 128;
    static final int STARTED = 102;
    static final int CLOSED = 87;
    static final int FUNCTIONING_WELL = 60;
    static final int GRADUATED = 12;
    static final int DROPPED_OUT = 9;
    static final int DECLINED = 3;
    static final int WITHDRAWN = 20;

    private static final String[] FIRST = {"Amalie", "Mohammed", "Camilla", "Yusuf", "Julie", "Ahmad", "Louise", "Emil",
            "Sara", "Mikkel", "Nadia", "Frederik", "Ida", "Omar", "Maja", "Kasper"};
    private static final String[] LAST = {"Andersen", "Hassan", "Jensen", "Ali", "Christensen", "Larsen", "Rasmussen",
            "Mortensen"};

    @Activate
    public DemoMentoringData(@Reference DemoData demo, @Reference MentoringService mentoring,
                             @Reference StudentService students, @Reference LifecycleService lifecycle) {
        DemoWrites.inTurn(() -> {
            if (mentoring.mentors("751").isEmpty()) {
                aarhus(mentoring, students, lifecycle);
            }
            if (mentoring.mentors("250").isEmpty()) {
                frederikssund(mentoring, students, lifecycle);
            }
        });
    }

    private static void aarhus(MentoringService mentoring, StudentService students, LifecycleService lifecycle) {
        Mentor mentor = mentoring.createMentor("751", new Mentor(null, "Anne Kirkegaard (psykolog, fastholdelsesmentor)",
                List.of(Scheme.RETENTION_MENTOR), 20, "SOSU Østjylland", List.of("engelsk"),
                List.of("psykisk", "trivsel", "sprog", "faglig"), true, null, null));
        LocalDate first = LocalDate.of(2021, 8, 2);
        List<StudentData> data = new ArrayList<>();
        for (int i = 0; i < REFERRED; i++) {
            LocalDate referred = first.plusDays(6L * i);
            Programme programme = i % 3 == 0 ? Programme.SSH : Programme.SSA;
            data.add(new StudentData(FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length], programme,
                    Track.ORDINARY, Origin.EXTERNAL, referred.minusMonths(6 + i % 6), null, null, 22 + i % 20, null));
        }
        List<Student> created = DemoWrites.retryingDeadlocks(() -> students.createAll("751", data));
        for (int i = 0; i < REFERRED; i++) {
            Student s = created.get(i);
            LocalDate referred = first.plusDays(6L * i);
            Relationship r = mentoring.refer("751", Scheme.RETENTION_MENTOR, s.id(), null, referred,
                    i % 4 == 0 ? List.of("sprog") : List.of("trivsel"));
            if (i >= STARTED) {
                if (i < STARTED + WITHDRAWN) {
                    mentoring.withdraw("751", r.id(), referred.plusWeeks(3));
                }
                continue;
            }
            LocalDate start = referred.plusWeeks(2);
            mentoring.start("751", r.id(), start, mentor.id());
            if (i >= CLOSED) {
                continue;
            }
            LocalDate end = start.plusWeeks(16);
            mentoring.close("751", r.id(), end, outcome(i));
            if (i >= FUNCTIONING_WELL && i < FUNCTIONING_WELL + GRADUATED) {
                lifecycle.complete("751", s.id(), end);
            } else if (i >= FUNCTIONING_WELL + GRADUATED && i < FUNCTIONING_WELL + GRADUATED + DROPPED_OUT) {
                lifecycle.dropOut("751", s.id(), end, DropoutReason.PRIVATE_LIFE);
            }
        }
        LOG.info("Demo data: Aarhus's retention mentor with {} referrals, {} started, {} closed", REFERRED, STARTED, CLOSED);
    }

    static Outcome outcome(int i) {
        if (i < FUNCTIONING_WELL) {
            return Outcome.FUNCTIONING_WELL;
        }
        if (i < FUNCTIONING_WELL + GRADUATED) {
            return Outcome.GRADUATED;
        }
        if (i < FUNCTIONING_WELL + GRADUATED + DROPPED_OUT) {
            return Outcome.DROPPED_OUT;
        }
        return i < FUNCTIONING_WELL + GRADUATED + DROPPED_OUT + DECLINED ? Outcome.DECLINED : Outcome.OTHER;
    }

    private static void frederikssund(MentoringService mentoring, StudentService students, LifecycleService lifecycle) {
        Mentor susanne = mentoring.createMentor("250", new Mentor(null, "Susanne Berg", List.of(Scheme.BUDDY), 2,
                "Plejecentret Tolvkarlen", List.of("arabisk"), List.of("sprog", "demens"), true, null, null));
        mentoring.createMentor("250", new Mentor(null, "Mikkel Dahl", List.of(Scheme.BUDDY), 1, "Hjemmeplejen Syd",
                List.of(), List.of("medicin"), true, null, null));
        mentoring.createMentor("250", new Mentor(null, "Gitte Holm", List.of(Scheme.BUDDY, Scheme.EVERYDAY_GUIDE), 2,
                "Dagcentret Skovhuset", List.of("polsk"), List.of("sprog", "trivsel"), true, null, null));
        Mentor lone = mentoring.createMentor("250", new Mentor(null, "Lone Frost", List.of(Scheme.NEW_GRADUATE_MENTOR), 3,
                "Hjemmeplejen Syd", List.of(), List.of("medicin", "faglig"), true, null, null));
        mentoring.createMentor("250", new Mentor(null, "Henrik Vang", List.of(Scheme.NEW_GRADUATE_MENTOR), 2,
                "Plejecentret Tolvkarlen", List.of(), List.of("demens"), true, null, null));

        LocalDate today = Denmark.today();
        Student mette = students.list("250", StudentService.Query.all()).stream()
                .filter(s -> "Mette Hansen".equals(s.name())).findFirst().orElse(null);
        if (mette != null) {
            Relationship buddy = mentoring.refer("250", Scheme.BUDDY, mette.id(), susanne.id(), today.minusWeeks(6), List.of("sprog"));
            mentoring.start("250", buddy.id(), today.minusWeeks(6), null);
        }
        // a graduate hired a month ago, with a mentor for the first three months
        LocalDate completed = today.minusMonths(2);
        Student graduate = students.create("250", new StudentData("Emma Lund", Programme.SSH, Track.ORDINARY,
                Origin.EXTERNAL, completed.minus(Programme.SSH.nominalDuration()), null, null, 31, null));
        lifecycle.complete("250", graduate.id(), completed);
        lifecycle.employ("250", graduate.id(), today.minusMonths(1), UnitType.HOME_CARE);
        Relationship mentor = mentoring.refer("250", Scheme.NEW_GRADUATE_MENTOR, graduate.id(), lone.id(),
                today.minusMonths(1).minusWeeks(1), List.of());
        mentoring.start("250", mentor.id(), today.minusMonths(1), null);
        LOG.info("Demo data: Frederikssund's buddies, everyday guide and mentors for new graduates");
    }
}
