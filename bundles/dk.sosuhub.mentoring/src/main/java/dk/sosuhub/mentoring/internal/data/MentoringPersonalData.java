package dk.sosuhub.mentoring.internal.data;

import dk.sosuhub.core.api.gdpr.PersonalData;
import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.core.api.security.StudentRelations;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.mentoring.MentoringService;
import dk.sosuhub.mentoring.Relationship;
import dk.sosuhub.mentoring.internal.MentoringModule;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the mentoring module knows about students, for the platform: a mentor's mentees count for need to know
 * ({@link StudentRelations}), and a student's relationships and check-ins are part of the GDPR export and erasure
 * ({@link PersonalData}). Erasure deletes the check-ins' notes and the support needs and keeps dates, schemes and
 * outcomes, which the key figures are made of.
 */
@Component(service = {PersonalData.class, StudentRelations.class})
public class MentoringPersonalData implements PersonalData, StudentRelations {

    /** The platform itself reading on the student's behalf (their right of access). */
    private static final Caller PLATFORM = new Caller("gdpr-export", Set.of(Role.PLATFORM_ADMIN), null);

    @Reference(target = "(osgi.unit.name=sosuhub-mentoring)")
    JpaTemplate jpa;

    @Reference
    MentoringService mentoring;

    @Reference(target = "(sosuhub.module=" + MentoringModule.ID + ")")
    dk.sosuhub.core.api.module.ModuleSchema schema;

    @Override
    public String module() {
        return MentoringModule.ID;
    }

    /** A mentor's mentees: the relationships they are the mentor of, referred or active. */
    @Override
    public Set<Long> studentsOf(Caller caller, String municipality) {
        return Tx.run(jpa, em -> {
            Set<Long> ids = new HashSet<>();
            for (Object id : em.createNativeQuery("SELECT r.student_id FROM mentoring_relationship r JOIN mentoring_mentor m"
                            + " ON m.id = r.mentor_id WHERE r.municipality = ?1 AND m.username = ?2 AND r.status IN ('REFERRED', 'ACTIVE')")
                    .setParameter(1, municipality).setParameter(2, caller.username()).getResultList()) {
                ids.add(((Number) id).longValue());
            }
            return ids;
        });
    }

    @Override
    public Object export(String municipality, long studentId) {
        List<Map<String, Object>> relationships = new ArrayList<>();
        for (Relationship r : mentoring.relationships(municipality, new MentoringService.Filter(null, null, studentId, null), PLATFORM)) {
            relationships.add(Map.of("relationship", r, "checkIns", mentoring.checkIns(municipality, r.id(), PLATFORM)));
        }
        return Map.of("relationships", relationships);
    }

    @Override
    public void erase(String municipality, long studentId) {
        Tx.run(jpa, em -> {
            String mine = "SELECT id FROM mentoring_relationship WHERE municipality = ?1 AND student_id = ?2";
            em.createNativeQuery("UPDATE mentoring_check_in SET note = NULL WHERE relationship_id IN (" + mine + ")")
                    .setParameter(1, municipality).setParameter(2, studentId).executeUpdate();
            em.createNativeQuery("DELETE FROM mentoring_relationship_need WHERE relationship_id IN (" + mine + ")")
                    .setParameter(1, municipality).setParameter(2, studentId).executeUpdate();
            return null;
        });
    }
}
