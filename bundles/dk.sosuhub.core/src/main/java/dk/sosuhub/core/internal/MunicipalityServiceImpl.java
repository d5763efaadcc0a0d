package dk.sosuhub.core.internal;

import dk.sosuhub.core.api.MunicipalityService;
import dk.sosuhub.core.api.error.ConflictException;
import dk.sosuhub.core.api.error.NotFoundException;
import dk.sosuhub.core.api.error.Validator;
import dk.sosuhub.core.api.model.Municipality;
import dk.sosuhub.core.internal.persistence.MunicipalityEntity;
import dk.sosuhub.core.internal.persistence.Schema;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

@Component(service = MunicipalityService.class)
public class MunicipalityServiceImpl implements MunicipalityService {

    @Reference(target = "(osgi.unit.name=sosuhub)")
    private JpaTemplate jpa;

    @Reference
    private Schema schema;

    @Override
    public Municipality create(Municipality municipality) {
        String code = municipality.code();
        String name = municipality.name();
        new Validator()
                .requirePresent(code, "code")
                .require(code == null || Municipality.isValidCode(code), "code",
                        "must be the official 3-digit municipality code, e.g. 250")
                .requirePresent(name, "name")
                .require(name == null || name.length() <= 100, "name", "must be at most 100 characters")
                .throwIfInvalid();
        return Tx.run(jpa, em -> {
            if (em.find(MunicipalityEntity.class, code) != null) {
                throw new ConflictException("Municipality " + code + " already exists", List.of(code));
            }
            MunicipalityEntity entity = new MunicipalityEntity(code, name.strip());
            em.persist(entity);
            return entity.toModel();
        });
    }

    @Override
    public List<Municipality> list() {
        return Tx.run(jpa, em -> em.createQuery("select m from MunicipalityEntity m order by m.code", MunicipalityEntity.class)
                .getResultList().stream().map(MunicipalityEntity::toModel).toList());
    }

    @Override
    public Optional<Municipality> find(String code) {
        if (!Municipality.isValidCode(code)) {
            return Optional.empty();
        }
        Municipality known = known(code);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Municipality> found = Tx.run(jpa, em -> Optional.ofNullable(em.find(MunicipalityEntity.class, code)).map(MunicipalityEntity::toModel));
        found.ifPresent(m -> existing.put(m.code(), m));
        return found;
    }

    /**
     * Municipalities found once, by code. Every municipality-scoped request asks whether its municipality exists
     * (and {@code /me} for its name); a municipality is never renamed or removed through the platform, so a found
     * one is remembered for the service's lifetime. A code not found is never remembered (it may be created).
     */
    private final Map<String, Municipality> existing = new ConcurrentHashMap<>();

    private Municipality known(String code) {
        return existing.get(code);
    }

    @Override
    public Municipality get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("Unknown municipality " + code));
    }
}
