package dk.sosuhub.demo.internal;

import dk.sosuhub.core.api.Denmark;
import dk.sosuhub.core.api.LifecycleService;
import dk.sosuhub.core.api.StudentService;
import dk.sosuhub.core.api.model.PeriodKind;
import dk.sosuhub.core.api.model.Student;
import dk.sosuhub.core.api.model.StudyPeriod;
import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.core.api.security.DemoUsers;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.core.api.security.UserService;
import dk.sosuhub.messages.Conversation;
import dk.sosuhub.messages.ConversationService;
import dk.sosuhub.messages.HandoverService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Frederikssund's conversations and a handover, through the messages module's API, while that module is
 * installed: demo users {@code vejleder} (education team), {@code oplaering} (the supervisor of Mette Hansen's
 * current placement), {@code oplaering2} (of her next one) and {@code elev} (Mette herself), passwords equal to
 * the names. Seeded once, where Mette has no conversations yet.
 */
@Component(immediate = true, service = {})
public class DemoMessageData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoMessageData.class);
    private static final String CODE = "250";
    private static final Caller ADMIN = new Caller("demo", Set.of(Role.PLATFORM_ADMIN), null);

    @Activate
    public DemoMessageData(@Reference DemoData demo, @Reference DemoUsers demoUsers, @Reference UserService users,
                           @Reference StudentService students, @Reference LifecycleService lifecycle,
                           @Reference ConversationService conversations, @Reference HandoverService handovers) {
        DemoWrites.inTurn(() -> load(demoUsers, users, students, lifecycle, conversations, handovers));
    }

    private static void load(DemoUsers demoUsers, UserService users, StudentService students, LifecycleService lifecycle,
                             ConversationService conversations, HandoverService handovers) {
        Optional<Student> mette = students.list(CODE, StudentService.Query.all()).stream()
                .filter(s -> s.name().equals("Mette Hansen")).findFirst();
        if (mette.isEmpty()) {
            return;
        }
        long id = mette.get().id();
        store(demoUsers, "vejleder", Role.EDUCATION_TEAM);
        store(demoUsers, "oplaering", Role.SUPERVISOR);
        store(demoUsers, "oplaering2", Role.SUPERVISOR);
        if (!demoUsers.exists("elev")) {
            store(demoUsers, "elev", Role.STUDENT);
            users.update(ADMIN, "elev", new UserService.UserChange(null, Set.of(Role.STUDENT), null, id));
        }
        Caller team = new Caller("vejleder", Set.of(Role.EDUCATION_TEAM), CODE);
        if (!conversations.conversations(team, CODE, id).isEmpty()) {
            return;
        }
        LocalDate today = Denmark.today();
        List<StudyPeriod> plan = new ArrayList<>(lifecycle.plan(CODE, id));
        Optional<StudyPeriod> current = plan.stream().filter(p -> p.kind() == PeriodKind.PLACEMENT && !p.startDate().isAfter(today))
                .max(Comparator.comparing(StudyPeriod::startDate));
        Optional<StudyPeriod> next = plan.stream().filter(p -> p.kind() == PeriodKind.PLACEMENT && p.startDate().isAfter(today))
                .min(Comparator.comparing(StudyPeriod::startDate));
        plan.replaceAll(p -> current.filter(p::equals).isPresent() ? withSupervisor(p, "Plejecentret Tolvkarlen", "oplaering")
                : next.filter(p::equals).isPresent() ? withSupervisor(p, "Hjemmeplejen Syd", "oplaering2") : p);
        lifecycle.replacePlan(CODE, id, plan);

        Caller student = new Caller("elev", Set.of(Role.STUDENT), CODE, id);
        Caller supervisor = new Caller("oplaering", Set.of(Role.SUPERVISOR), CODE);
        Conversation welcome = conversations.start(team, CODE, id, "Velkommen til oplæringen", false,
                "Hej Mette. Velkommen til din oplæringsperiode. Din forventningssamtale er tirsdag kl. 10. Læs gerne om "
                        + "samtalen på https://www.sosu.dk før mødet.");
        conversations.post(student, CODE, welcome.id(), "Tak! Jeg glæder mig. Skal jeg have noget med?", List.of());
        // the supervisor writes only while the placement goes on (after it, they read what was written then)
        boolean ongoing = current.map(p -> p.contains(today)).orElse(false);
        Caller answering = ongoing ? supervisor : team;
        conversations.post(answering, CODE, welcome.id(), "Bare dig selv og dit skema. Vi ses på Tolvkarlen.", List.of());
        Conversation staff = conversations.start(team, CODE, id, "Aftaler om sprogstøtte", true,
                "Mette har fået dansk-undervisning om onsdagen. Kan vagtplanen tage højde for det?");
        conversations.post(answering, CODE, staff.id(), "Ja, hun har fri onsdag eftermiddag resten af perioden.", List.of());
        if (current.isPresent()) {
            handovers.write(supervisor, CODE, id, "Mette har lært at dokumentere i omsorgsjournalen og at gennemføre"
                            + " morgenpleje selvstændigt.", "Dansk-undervisning om onsdagen fortsætter.",
                    "Mette trives med faste rammer og en fast kollega den første uge.");
        }
        LOG.info("Demo data: conversations and a handover about Mette Hansen in {}", CODE);
    }

    private static StudyPeriod withSupervisor(StudyPeriod p, String site, String supervisor) {
        return new StudyPeriod(p.seq(), p.kind(), p.number(), p.startDate(), p.endDate(), site, supervisor);
    }

    private static void store(DemoUsers users, String username, Role role) {
        if (!users.exists(username)) {
            users.storeHashed(username, DemoPasswords.hashOf(username), Set.of(role), CODE);
        }
    }
}
