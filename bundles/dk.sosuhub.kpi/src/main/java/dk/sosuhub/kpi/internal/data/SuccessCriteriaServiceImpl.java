package dk.sosuhub.kpi.internal.data;

import dk.sosuhub.core.api.MunicipalityService;
import dk.sosuhub.kpi.SuccessCriteriaService;
import dk.sosuhub.core.api.error.ConflictException;
import dk.sosuhub.core.api.error.NotFoundException;
import dk.sosuhub.kpi.SuccessCriterion;
import dk.sosuhub.core.api.module.ModuleSchema;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.persistence.EntityManager;
import java.util.List;

@Component(service = SuccessCriteriaService.class)
public class SuccessCriteriaServiceImpl implements SuccessCriteriaService {

    @Reference(target = "(osgi.unit.name=sosuhub-kpi)")
    private JpaTemplate jpa;

    /** The module's tables exist (core ran db/kpi). */
    @Reference(target = "(" + ModuleSchema.PROPERTY + "=kpi)")
    private ModuleSchema schema;

    @Reference
    private MunicipalityService municipalities;

    @Override
    public List<SuccessCriterion> list(String municipality) {
        municipalities.get(municipality);
        return Tx.run(jpa, em -> em.createQuery("select c from SuccessCriterionEntity c where c.municipality = :m order by c.id",
                        SuccessCriterionEntity.class).setParameter("m", municipality).getResultList()
                .stream().map(SuccessCriterionEntity::toModel).toList());
    }

    @Override
    public SuccessCriterion get(String municipality, long id) {
        return Tx.run(jpa, em -> find(em, municipality, id).toModel());
    }

    @Override
    public SuccessCriterion create(String municipality, SuccessCriterion criterion) {
        municipalities.get(municipality);
        SuccessCriterion valid = criterion.validated();
        return Tx.run(jpa, em -> {
            long count = em.createQuery("select count(c) from SuccessCriterionEntity c where c.municipality = :m", Long.class)
                    .setParameter("m", municipality).getSingleResult();
            if (count >= MAX_CRITERIA) {
                throw new ConflictException("Municipality " + municipality + " already has " + MAX_CRITERIA
                        + " success criteria, the most allowed; delete one first");
            }
            SuccessCriterionEntity entity = new SuccessCriterionEntity(municipality);
            entity.assign(valid);
            em.persist(entity);
            em.flush();
            return entity.toModel();
        });
    }

    @Override
    public SuccessCriterion update(String municipality, long id, SuccessCriterion criterion) {
        SuccessCriterion valid = criterion.validated();
        return Tx.run(jpa, em -> {
            SuccessCriterionEntity entity = find(em, municipality, id);
            entity.assign(valid);
            return entity.toModel();
        });
    }

    @Override
    public void delete(String municipality, long id) {
        Tx.run(jpa, em -> {
            em.remove(find(em, municipality, id));
            return null;
        });
    }

    private static SuccessCriterionEntity find(EntityManager em, String municipality, long id) {
        SuccessCriterionEntity entity = em.find(SuccessCriterionEntity.class, id);
        if (entity == null || !entity.municipality().equals(municipality)) {
            throw new NotFoundException("No success criterion " + id + " in municipality " + municipality);
        }
        return entity;
    }
}
