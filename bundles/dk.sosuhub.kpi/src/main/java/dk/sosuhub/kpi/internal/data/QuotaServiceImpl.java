package dk.sosuhub.kpi.internal.data;

import dk.sosuhub.core.api.MunicipalityService;
import dk.sosuhub.kpi.QuotaService;
import dk.sosuhub.core.api.error.Validator;
import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.core.api.module.ModuleSchema;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

@Component(service = QuotaService.class)
public class QuotaServiceImpl implements QuotaService {

    static final int MAX_MINIMUM = 10_000;

    @Reference(target = "(osgi.unit.name=sosuhub-kpi)")
    private JpaTemplate jpa;

    /** The module's tables exist (core ran db/kpi). */
    @Reference(target = "(" + ModuleSchema.PROPERTY + "=kpi)")
    private ModuleSchema schema;

    @Reference
    private MunicipalityService municipalities;

    @Override
    public Map<Programme, Integer> quota(String municipality) {
        municipalities.get(municipality);
        return Tx.run(jpa, em -> {
            Map<Programme, Integer> result = new EnumMap<>(Programme.class);
            em.createQuery("select q from QuotaEntity q where q.municipality = :m", QuotaEntity.class)
                    .setParameter("m", municipality).getResultList()
                    .forEach(q -> result.put(q.programme(), q.minimum()));
            return result;
        });
    }

    @Override
    public Map<String, Map<Programme, Integer>> allQuotas() {
        return Tx.run(jpa, em -> {
            Map<String, Map<Programme, Integer>> result = new TreeMap<>();
            em.createQuery("select q from QuotaEntity q", QuotaEntity.class).getResultList()
                    .forEach(q -> result.computeIfAbsent(q.municipality(), m -> new EnumMap<>(Programme.class))
                            .put(q.programme(), q.minimum()));
            return result;
        });
    }

    @Override
    public Map<Programme, Integer> setQuota(String municipality, Map<Programme, Integer> minimums) {
        municipalities.get(municipality);
        Validator v = new Validator().require(minimums != null && !minimums.isEmpty(), "quota", "give a minimum for SSH and/or SSA");
        if (minimums != null) {
            minimums.forEach((p, n) -> v.require(p != null && n != null && n >= 0 && n <= MAX_MINIMUM,
                    String.valueOf(p), "must be a whole number between 0 and " + MAX_MINIMUM));
        }
        v.throwIfInvalid();
        Tx.run(jpa, em -> {
            minimums.forEach((programme, minimum) -> {
                QuotaEntity q = em.find(QuotaEntity.class, new QuotaEntity.Key(municipality, programme));
                if (q == null) {
                    em.persist(new QuotaEntity(municipality, programme, minimum));
                } else {
                    q.setMinimum(minimum);
                }
            });
            return null;
        });
        return quota(municipality);
    }
}
