package dk.sosuhub.placements.internal.data;

import dk.sosuhub.core.api.error.NotFoundException;
import dk.sosuhub.core.api.module.ModuleSchema;
import dk.sosuhub.placements.PlacementProfile;
import dk.sosuhub.placements.internal.PlacementsModule;
import dk.sosuhub.placements.internal.plan.Reason;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The placement plan (placement_assignment) and the planner's proposals, in the module's own tables. */
@Component(service = PlanStore.class)
public class PlanStore {

    /** A placed period of the current plan. */
    public record StoredAssignment(long studentId, int period, LocalDate start, LocalDate end, long siteId,
                                   Long supervisorId, boolean pinned) {
    }

    /** One period of a proposal; {@code siteId} null: unplaced, with the binding reason as the only reason. */
    public record ProposalItem(long studentId, int period, LocalDate start, LocalDate end, Long siteId, Long supervisorId,
                               Long previousSiteId, boolean pinned, List<Reason> reasons) {
    }

    public record StoredProposal(long id, LocalDate from, LocalDate to, String fingerprint, int changes, String score,
                                 Instant acceptedAt, List<ProposalItem> items) {
    }

    @Reference(target = "(osgi.unit.name=sosuhub-placements)")
    private JpaTemplate jpa;

    @Reference(target = "(" + ModuleSchema.PROPERTY + "=" + PlacementsModule.ID + ")")
    private ModuleSchema schema;

    public List<StoredAssignment> assignments(String municipality) {
        return Tx.run(jpa, em -> rows(em.createNativeQuery("select student_id, period, starts_on, ends_on, site_id, supervisor_id,"
                + " pinned from placement_assignment where municipality = ?1 order by starts_on, student_id, period")
                .setParameter(1, municipality).getResultList()).stream().map(PlanStore::assignment).toList());
    }

    /** Every placement profile of the municipality's students, by student id (students without one are absent). */
    public Map<Long, PlacementProfile> profiles(String municipality) {
        Map<Long, PlacementProfile> profiles = new HashMap<>();
        Tx.run(jpa, em -> em.createQuery("select p from ProfileEntity p where p.municipality = :m", ProfileEntity.class)
                .setParameter("m", municipality).getResultList()).forEach(p -> profiles.put(p.toModel().studentId(), p.toModel()));
        return profiles;
    }

    /** Places (or re-places) one period. */
    public void put(String municipality, StoredAssignment a) {
        Tx.run(jpa, em -> {
            upsert(em, municipality, a);
            return null;
        });
    }

    public long saveProposal(String municipality, LocalDate from, LocalDate to, String by, String fingerprint, int changes,
                             String score, List<ProposalItem> items) {
        return Tx.run(jpa, em -> {
            em.createNativeQuery("insert into placement_proposal (municipality, from_date, to_date, created_at, created_by,"
                            + " fingerprint, changes, score) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                    .setParameter(1, municipality).setParameter(2, java.sql.Date.valueOf(from)).setParameter(3, java.sql.Date.valueOf(to))
                    .setParameter(4, Timestamp.from(Instant.now())).setParameter(5, by).setParameter(6, fingerprint)
                    .setParameter(7, changes).setParameter(8, score).executeUpdate();
            long id = ((Number) em.createNativeQuery("select max(id) from placement_proposal where municipality = ?1 and fingerprint = ?2")
                    .setParameter(1, municipality).setParameter(2, fingerprint).getSingleResult()).longValue();
            for (ProposalItem i : items) {
                em.createNativeQuery("insert into placement_proposal_item (proposal_id, student_id, period, starts_on, ends_on,"
                                + " site_id, supervisor_id, previous_site_id, pinned, reasons) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                        .setParameter(1, id).setParameter(2, i.studentId()).setParameter(3, i.period())
                        .setParameter(4, java.sql.Date.valueOf(i.start())).setParameter(5, java.sql.Date.valueOf(i.end()))
                        .setParameter(6, i.siteId()).setParameter(7, i.supervisorId()).setParameter(8, i.previousSiteId())
                        .setParameter(9, i.pinned()).setParameter(10, encode(i.reasons())).executeUpdate();
            }
            return id;
        });
    }

    /** @throws NotFoundException unless the proposal is the municipality's */
    public StoredProposal proposal(String municipality, long id) {
        return Tx.run(jpa, em -> {
            List<Object[]> head = rows(em.createNativeQuery("select from_date, to_date, fingerprint, changes, score, accepted_at"
                    + " from placement_proposal where id = ?1 and municipality = ?2").setParameter(1, id).setParameter(2, municipality)
                    .getResultList());
            if (head.isEmpty()) {
                throw new NotFoundException("No placement proposal " + id + " in municipality " + municipality);
            }
            Object[] h = head.get(0);
            List<ProposalItem> items = rows(em.createNativeQuery("select student_id, period, starts_on, ends_on, site_id, supervisor_id,"
                            + " previous_site_id, pinned, reasons from placement_proposal_item where proposal_id = ?1"
                            + " order by starts_on, student_id, period").setParameter(1, id).getResultList()).stream()
                    .map(r -> new ProposalItem(num(r[0]), (int) num(r[1]), date(r[2]), date(r[3]), numOrNull(r[4]), numOrNull(r[5]),
                            numOrNull(r[6]), bool(r[7]), decode((String) r[8]))).toList();
            return new StoredProposal(id, date(h[0]), date(h[1]), (String) h[2], (int) num(h[3]), (String) h[4],
                    h[5] == null ? null : ((Timestamp) h[5]).toInstant(), items);
        });
    }

    /** Applies a proposal: its placed periods get their site, its unplaced ones lose theirs; marks it accepted. */
    public void apply(String municipality, StoredProposal proposal) {
        Tx.run(jpa, em -> {
            for (ProposalItem i : proposal.items()) {
                if (i.pinned()) {
                    continue;
                }
                if (i.siteId() == null) {
                    em.createNativeQuery("delete from placement_assignment where student_id = ?1 and period = ?2 and municipality = ?3")
                            .setParameter(1, i.studentId()).setParameter(2, i.period()).setParameter(3, municipality).executeUpdate();
                } else {
                    upsert(em, municipality, new StoredAssignment(i.studentId(), i.period(), i.start(), i.end(), i.siteId(),
                            i.supervisorId(), false));
                }
            }
            em.createNativeQuery("update placement_proposal set accepted_at = ?1 where id = ?2")
                    .setParameter(1, Timestamp.from(Instant.now())).setParameter(2, proposal.id()).executeUpdate();
            return null;
        });
    }

    private static void upsert(EntityManager em, String municipality, StoredAssignment a) {
        em.createNativeQuery("delete from placement_assignment where student_id = ?1 and period = ?2")
                .setParameter(1, a.studentId()).setParameter(2, a.period()).executeUpdate();
        em.createNativeQuery("insert into placement_assignment (student_id, period, municipality, starts_on, ends_on, site_id,"
                        + " supervisor_id, pinned) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, a.studentId()).setParameter(2, a.period()).setParameter(3, municipality)
                .setParameter(4, java.sql.Date.valueOf(a.start())).setParameter(5, java.sql.Date.valueOf(a.end()))
                .setParameter(6, a.siteId()).setParameter(7, a.supervisorId()).setParameter(8, a.pinned()).executeUpdate();
    }

    private static StoredAssignment assignment(Object[] r) {
        return new StoredAssignment(num(r[0]), (int) num(r[1]), date(r[2]), date(r[3]), num(r[4]), numOrNull(r[5]), bool(r[6]));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> list) {
        return (List<Object[]>) list;
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }

    private static Long numOrNull(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }

    private static boolean bool(Object o) {
        return o instanceof Boolean b ? b : o instanceof Number n && n.intValue() != 0;
    }

    private static LocalDate date(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : ((java.util.Date) o).toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }

    static String encode(List<Reason> reasons) {
        List<String> lines = new ArrayList<>();
        reasons.forEach(r -> lines.add(r.code() + "\t" + r.text().replace('\n', ' ').replace('\t', ' ')));
        return String.join("\n", lines);
    }

    static List<Reason> decode(String s) {
        List<Reason> reasons = new ArrayList<>();
        if (s == null || s.isEmpty()) {
            return reasons;
        }
        for (String line : s.split("\n")) {
            int tab = line.indexOf('\t');
            reasons.add(new Reason(line.substring(0, tab), line.substring(tab + 1)));
        }
        return reasons;
    }
}
