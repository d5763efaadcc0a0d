package dk.sosuhub.demo.internal;

import dk.sosuhub.core.api.MunicipalityService;
import dk.sosuhub.core.api.StudentService;
import dk.sosuhub.core.api.model.Municipality;
import dk.sosuhub.core.api.model.Origin;
import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.core.api.model.StudentData;
import dk.sosuhub.core.api.model.Track;
import dk.sosuhub.core.api.security.DemoUsers;
import dk.sosuhub.core.api.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.Set;

/**
 * In demo mode, loads Frederikssund (250) and Aarhus (751) with a few students each and the demo users, once:
 * what is already there is left alone, so restarts keep whatever was changed. Demo mode is core's: core
 * registers {@link DemoUsers} only while it is on, so this component runs only then. Frederikssund's quota
 * and success criteria come with the kpi module ({@link DemoKpiData}).
 */
@Component(immediate = true, service = DemoData.class)
public class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    @Activate
    public DemoData(@Reference DemoUsers users, @Reference MunicipalityService municipalities,
                    @Reference StudentService students) {
        seedMunicipality(municipalities, students, new Municipality("250", "Frederikssund"),
                new StudentData("Mette Hansen", Programme.SSA, Track.ORDINARY, Origin.EXTERNAL,
                        LocalDate.of(2024, 8, 12), null, LocalDate.of(1994, 3, 2), null, "Hanne Vejleder"),
                new StudentData("Ali Yilmaz", Programme.SSH, Track.ORDINARY, Origin.OWN_UNSKILLED_STAFF,
                        LocalDate.of(2025, 1, 6), null, LocalDate.of(1988, 11, 20), null, "Hanne Vejleder"),
                new StudentData("Sofie Kristensen", Programme.SSA, Track.SSH_TO_SSA, Origin.OWN_SSH_STAFF,
                        LocalDate.of(2025, 2, 3), null, LocalDate.of(1979, 6, 14), null, "Hanne Vejleder"),
                new StudentData("Jonas Pedersen", Programme.SSH, Track.EUV1, Origin.OWN_UNSKILLED_STAFF,
                        LocalDate.of(2025, 8, 11), null, LocalDate.of(1975, 1, 30), null, "Hanne Vejleder"));
        seedMunicipality(municipalities, students, new Municipality("751", "Aarhus"),
                new StudentData("Fatima Ahmadi", Programme.SSH, Track.ORDINARY, Origin.EXTERNAL,
                        LocalDate.of(2024, 9, 2), null, LocalDate.of(1999, 8, 9), null, "Hanne Vejleder"),
                new StudentData("Lars Nielsen", Programme.SSA, Track.ORDINARY, Origin.EXTERNAL,
                        LocalDate.of(2025, 1, 13), null, LocalDate.of(2003, 4, 21), null, "Hanne Vejleder"),
                new StudentData("Birgitte Møller", Programme.SSA, Track.SSH_TO_SSA, Origin.OWN_SSH_STAFF,
                        LocalDate.of(2025, 8, 18), null, LocalDate.of(1970, 12, 5), null, "Hanne Vejleder"));
        seedUser(users, "admin", Set.of(Role.PLATFORM_ADMIN), null);
        seedUser(users, "frederikssund", Set.of(Role.MUNICIPALITY_ADMIN), "250");
        seedUser(users, "aarhus", Set.of(Role.MUNICIPALITY_ADMIN), "751");
        LOG.warn("DEMO MODE is on: demo users admin/admin (platform-admin), frederikssund/frederikssund "
                + "(municipality-admin, 250) and aarhus/aarhus (municipality-admin, 751) can sign in. "
                + "Never run demo mode with real data.");
    }

    private static void seedMunicipality(MunicipalityService municipalities, StudentService students,
                                         Municipality municipality, StudentData... demoStudents) {
        if (municipalities.find(municipality.code()).isPresent()) {
            return;
        }
        // each write is its own transaction: one that Derby picks as a deadlock's victim at boot (the modules' schema
        // migrations run meanwhile) is written again, so that no demo student goes missing
        DemoWrites.retryingDeadlocks(() -> municipalities.create(municipality));
        for (StudentData student : demoStudents) {
            DemoWrites.retryingDeadlocks(() -> students.create(municipality.code(), student));
        }
        LOG.info("Demo data: created municipality {} {} with {} students", municipality.code(), municipality.name(),
                demoStudents.length);
    }

    /** Demo users' passwords equal their names; core flags them so they cannot sign in outside demo mode. */
    private static void seedUser(DemoUsers users, String username, Set<Role> roles, String municipality) {
        if (!users.exists(username)) {
            DemoWrites.retryingDeadlocks(() -> {
                users.storeHashed(username, DemoPasswords.hashOf(username), roles, municipality);
                return null;
            });
        }
    }
}
