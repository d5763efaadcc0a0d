package dk.sosuhub.core.internal;

import dk.sosuhub.core.api.gdpr.StudentErasure;
import dk.sosuhub.core.internal.persistence.Schema;
import dk.sosuhub.core.internal.persistence.StudentEntity;
import dk.sosuhub.core.internal.persistence.TalkEntity;
import dk.sosuhub.core.internal.security.UserServiceImpl;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = StudentErasure.class)
public class StudentErasureImpl implements StudentErasure {

    /** What an erased student is called from then on (Danish: the pages show it). */
    static final String ERASED_NAME = "Slettet elev";

    @Reference(target = "(osgi.unit.name=sosuhub)")
    private JpaTemplate jpa;

    @Reference
    private Schema schema;

    @Reference
    private UserServiceImpl users;

    @Reference
    private StudentDataVersionsImpl versions;

    @Override
    public void erase(String municipality, long studentId) {
        Tx.write(jpa, versions, municipality, em -> {
            StudentEntity student = StudentServiceImpl.find(em, municipality, studentId);
            student.anonymise(ERASED_NAME);
            em.createQuery("select t from TalkEntity t where t.studentId = :s", TalkEntity.class)
                    .setParameter("s", studentId).getResultList().forEach(TalkEntity::forgetParticipants);
            // the student's own sign-in identifies them (their username); their API tokens go with it
            em.createQuery("delete from UserEntity u where u.studentId = :s").setParameter("s", studentId).executeUpdate();
            return null;
        });
        users.invalidateAll();
    }
}
