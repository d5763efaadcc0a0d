package dk.sosuhub.placements.internal.data;

import dk.sosuhub.core.api.MunicipalityService;
import dk.sosuhub.core.api.StudentService;
import dk.sosuhub.core.api.error.ConflictException;
import dk.sosuhub.core.api.error.NotFoundException;
import dk.sosuhub.core.api.error.Validator;
import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.core.api.module.ModuleSchema;
import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.core.api.security.UserService;
import dk.sosuhub.placements.PeriodRule;
import dk.sosuhub.placements.PlacementProfile;
import dk.sosuhub.placements.PlacementService;
import dk.sosuhub.placements.PlacementSite;
import dk.sosuhub.placements.Supervisor;
import dk.sosuhub.placements.internal.Checks;
import dk.sosuhub.placements.internal.PlacementsModule;
import dk.sosuhub.placements.internal.Rules;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Component(service = PlacementService.class)
public class PlacementServiceImpl implements PlacementService {

    /** Reads the municipality's users to check a supervisor's user name; never writes. */
    private static final Caller READER = new Caller(PlacementsModule.ID, Set.of(Role.PLATFORM_ADMIN), null);

    @Reference(target = "(osgi.unit.name=sosuhub-placements)")
    private JpaTemplate jpa;

    /** The module's tables exist (core ran db/placements). */
    @Reference(target = "(" + ModuleSchema.PROPERTY + "=" + PlacementsModule.ID + ")")
    private ModuleSchema schema;

    @Reference
    private MunicipalityService municipalities;

    @Reference
    private StudentService students;

    @Reference
    private UserService users;

    // --- sites

    @Override
    public List<PlacementSite> sites(String municipality) {
        municipalities.get(municipality);
        return Tx.run(jpa, em -> em.createQuery("select s from SiteEntity s where s.municipality = :m order by s.name, s.id",
                SiteEntity.class).setParameter("m", municipality).getResultList().stream().map(SiteEntity::toModel).toList());
    }

    @Override
    public PlacementSite site(String municipality, long id) {
        return Tx.run(jpa, em -> site(em, municipality, id).toModel());
    }

    @Override
    public PlacementSite createSite(String municipality, PlacementSite site) {
        municipalities.get(municipality);
        PlacementSite valid = validSite(site);
        long id = Tx.run(jpa, em -> {
            SiteEntity e = new SiteEntity(municipality);
            e.assign(valid);
            em.persist(e);
            em.flush();
            return e.id();
        });
        return site(municipality, id);
    }

    @Override
    public PlacementSite updateSite(String municipality, long id, PlacementSite site) {
        site(municipality, id);
        PlacementSite valid = validSite(site);
        Tx.run(jpa, em -> {
            site(em, municipality, id).assign(valid);
            return null;
        });
        return site(municipality, id);
    }

    @Override
    public void deleteSite(String municipality, long id) {
        Tx.run(jpa, em -> {
            SiteEntity site = site(em, municipality, id);
            List<String> conflicting = new ArrayList<>();
            em.createQuery("select s.id from SupervisorEntity s where s.siteId = :id order by s.id", Long.class)
                    .setParameter("id", id).getResultList().forEach(s -> conflicting.add("supervisor " + s));
            em.createNativeQuery("select student_id from placement_profile where taster_site_id = ?1"
                            + " union select student_id from placement_profile_site where site_id = ?2")
                    .setParameter(1, id).setParameter(2, id).getResultList()
                    .forEach(s -> conflicting.add("student " + ((Number) s).longValue()));
            placedAt(em, "site_id", id).forEach(conflicting::add);
            if (!conflicting.isEmpty()) {
                throw new ConflictException("The placement site still has supervisors, is named in students' placement"
                        + " profiles or has students placed; move or delete them first", conflicting);
            }
            em.remove(site);
            return null;
        });
    }

    private static PlacementSite validSite(PlacementSite site) {
        PlacementSite s = site == null ? new PlacementSite(null, null, null, null, null, null, null) : site;
        Checks.site(s).throwIfInvalid();
        return Checks.normalised(s);
    }

    /** The placement periods placed at a site or with a supervisor ({@code column} site_id or supervisor_id). */
    private static List<String> placedAt(EntityManager em, String column, long id) {
        List<String> placed = new ArrayList<>();
        for (Object row : em.createNativeQuery("select student_id, period from placement_assignment where " + column
                + " = ?1 order by student_id, period").setParameter(1, id).getResultList()) {
            Object[] r = (Object[]) row;
            placed.add("student " + ((Number) r[0]).longValue() + " placement " + ((Number) r[1]).intValue());
        }
        return placed;
    }

    private static SiteEntity site(EntityManager em, String municipality, long id) {
        SiteEntity site = em.find(SiteEntity.class, id);
        if (site == null || !site.municipality().equals(municipality)) {
            throw new NotFoundException("No placement site " + id + " in municipality " + municipality);
        }
        return site;
    }

    // --- supervisors

    @Override
    public List<Supervisor> supervisors(String municipality, long siteId) {
        return Tx.run(jpa, em -> {
            site(em, municipality, siteId);
            return em.createQuery("select s from SupervisorEntity s where s.siteId = :site order by s.name, s.id",
                    SupervisorEntity.class).setParameter("site", siteId).getResultList().stream()
                    .map(SupervisorEntity::toModel).toList();
        });
    }

    @Override
    public List<Supervisor> allSupervisors(String municipality) {
        municipalities.get(municipality);
        return Tx.run(jpa, em -> em.createQuery("select s from SupervisorEntity s where s.municipality = :m"
                        + " order by s.siteId, s.name, s.id", SupervisorEntity.class).setParameter("m", municipality)
                .getResultList().stream().map(SupervisorEntity::toModel).toList());
    }

    @Override
    public Supervisor supervisor(String municipality, long id) {
        return Tx.run(jpa, em -> supervisor(em, municipality, id).toModel());
    }

    @Override
    public Supervisor createSupervisor(String municipality, long siteId, Supervisor supervisor) {
        site(municipality, siteId);
        Supervisor valid = validSupervisor(municipality, supervisor);
        return Tx.run(jpa, em -> {
            site(em, municipality, siteId);
            SupervisorEntity e = new SupervisorEntity(municipality, siteId);
            e.assign(valid, Checks.tags(valid.competences()));
            em.persist(e);
            em.flush();
            return e.toModel();
        });
    }

    @Override
    public Supervisor updateSupervisor(String municipality, long id, Supervisor supervisor) {
        supervisor(municipality, id);
        Supervisor valid = validSupervisor(municipality, supervisor);
        return Tx.run(jpa, em -> {
            SupervisorEntity e = supervisor(em, municipality, id);
            e.assign(valid, Checks.tags(valid.competences()));
            return e.toModel();
        });
    }

    @Override
    public void deleteSupervisor(String municipality, long id) {
        Tx.run(jpa, em -> {
            SupervisorEntity supervisor = supervisor(em, municipality, id);
            List<String> placed = placedAt(em, "supervisor_id", id);
            if (!placed.isEmpty()) {
                throw new ConflictException("The supervisor has students placed with them; place them elsewhere first", placed);
            }
            em.remove(supervisor);
            return null;
        });
    }

    private Supervisor validSupervisor(String municipality, Supervisor supervisor) {
        Supervisor s = supervisor == null ? new Supervisor(null, null, null, null, null, null) : supervisor;
        Validator v = Checks.supervisor(s);
        if (v.ok() && s.username() != null) {
            String name = s.username().strip();
            boolean isSupervisor = users.list(READER, municipality).stream()
                    .anyMatch(u -> u.username().equals(name) && u.roles().contains(Role.SUPERVISOR));
            v.require(isSupervisor, "username", "must be a user of municipality " + municipality + " with role supervisor");
        }
        v.throwIfInvalid();
        return s;
    }

    private static SupervisorEntity supervisor(EntityManager em, String municipality, long id) {
        SupervisorEntity s = em.find(SupervisorEntity.class, id);
        if (s == null || !s.municipality().equals(municipality)) {
            throw new NotFoundException("No supervisor " + id + " in municipality " + municipality);
        }
        return s;
    }

    // --- profiles

    @Override
    public PlacementProfile profile(String municipality, long studentId) {
        students.get(municipality, studentId);
        return Tx.run(jpa, em -> {
            ProfileEntity p = em.find(ProfileEntity.class, studentId);
            return p == null || !p.municipality().equals(municipality)
                    ? new PlacementProfile(studentId, null, List.of(), null, null, List.of()) : p.toModel();
        });
    }

    @Override
    public PlacementProfile setProfile(String municipality, long studentId, PlacementProfile profile) {
        students.get(municipality, studentId);
        PlacementProfile p = profile == null ? new PlacementProfile(studentId, null, null, null, null, null) : profile;
        Validator v = Checks.profile(p);
        Set<Long> own = new HashSet<>(Tx.run(jpa, em -> em.createQuery(
                "select s.id from SiteEntity s where s.municipality = :m", Long.class).setParameter("m", municipality)
                .getResultList()));
        v.require(p.tasterSiteId() == null || own.contains(p.tasterSiteId()), "tasterSiteId",
                "no placement site " + p.tasterSiteId() + " in municipality " + municipality);
        for (int i = 0; i < p.preferredSiteIds().size(); i++) {
            Long id = p.preferredSiteIds().get(i);
            v.require(id == null || own.contains(id), "preferredSiteIds[" + i + "]",
                    "no placement site " + id + " in municipality " + municipality);
        }
        v.throwIfInvalid();
        Tx.run(jpa, em -> {
            ProfileEntity e = em.find(ProfileEntity.class, studentId);
            if (e == null) {
                e = new ProfileEntity(municipality, studentId);
                e.assign(p, Checks.tags(p.supportNeeds()));
                em.persist(e);
            } else {
                e.assign(p, Checks.tags(p.supportNeeds()));
            }
            return null;
        });
        return profile(municipality, studentId);
    }

    // --- rules

    @Override
    public Map<Programme, List<PeriodRule>> rules(String municipality) {
        municipalities.get(municipality);
        Map<Programme, List<PeriodRule>> rules = new EnumMap<>(Rules.defaults());
        Map<Programme, List<PeriodRule>> set = new EnumMap<>(Programme.class);
        Tx.run(jpa, em -> em.createQuery("select r from RuleEntity r where r.municipality = :m", RuleEntity.class)
                .setParameter("m", municipality).getResultList()).forEach(r ->
                set.computeIfAbsent(r.programme(), p -> new ArrayList<>()).add(r.toModel()));
        set.forEach((programme, list) -> rules.put(programme, Rules.sorted(list)));
        return rules;
    }

    @Override
    public Map<Programme, List<PeriodRule>> setRules(String municipality, Map<Programme, List<PeriodRule>> rules) {
        municipalities.get(municipality);
        Rules.validate(rules);
        Tx.run(jpa, em -> {
            rules.forEach((programme, list) -> {
                em.createQuery("delete from RuleEntity r where r.municipality = :m and r.programme = :p")
                        .setParameter("m", municipality).setParameter("p", programme).executeUpdate();
                list.forEach(rule -> em.persist(new RuleEntity(municipality, programme, rule)));
            });
            return null;
        });
        return rules(municipality);
    }
}
