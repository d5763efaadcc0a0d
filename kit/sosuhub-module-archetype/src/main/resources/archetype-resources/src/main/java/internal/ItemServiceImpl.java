package ${package}.internal;

import ${package}.Item;
import ${package}.ItemService;
import dk.sosuhub.core.api.error.NotFoundException;
import dk.sosuhub.core.api.error.Validator;
import dk.sosuhub.core.api.module.ModuleSchema;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.util.List;

/**
 * The items in the module's own table, through the module's own persistence unit (META-INF/persistence.xml).
 * It starts once the platform has run the module's migrations (the ModuleSchema service of this module).
 */
@Component(service = ItemService.class)
public class ItemServiceImpl implements ItemService {

    private final JpaTemplate jpa;

    @Activate
    public ItemServiceImpl(@Reference(target = "(osgi.unit.name=${moduleId})") JpaTemplate jpa,
                           @Reference(target = "(sosuhub.module=${moduleId})") ModuleSchema schema) {
        this.jpa = jpa;
    }

    @Override
    public List<Item> list(String municipality) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                        "SELECT i FROM ItemEntity i WHERE i.municipality = :m ORDER BY i.date, i.id", ItemEntity.class)
                .setParameter("m", municipality).getResultList().stream().map(ItemEntity::toItem).toList());
    }

    @Override
    public Item get(String municipality, long id) {
        return jpa.txExpr(TransactionType.Required, em -> find(em, municipality, id).toItem());
    }

    @Override
    public Item create(String municipality, Item item) {
        validate(item);
        return jpa.txExpr(TransactionType.Required, em -> {
            ItemEntity entity = new ItemEntity(municipality, item);
            em.persist(entity);
            em.flush();
            return entity.toItem();
        });
    }

    @Override
    public Item update(String municipality, long id, Item item) {
        validate(item);
        return jpa.txExpr(TransactionType.Required, em -> {
            ItemEntity entity = find(em, municipality, id);
            entity.update(item);
            return entity.toItem();
        });
    }

    @Override
    public void delete(String municipality, long id) {
        jpa.txExpr(TransactionType.Required, em -> {
            em.remove(find(em, municipality, id));
            return null;
        });
    }

    /** Checks every field and names each invalid one (a 422 problem over REST, a SOAP fault). */
    static void validate(Item item) {
        Validator v = new Validator();
        v.requirePresent(item, "item").throwIfInvalid();
        v.require(item.title() != null && !item.title().isBlank(), "title", "is required")
                .require(item.title() == null || item.title().length() <= 200, "title", "must be at most 200 characters")
                .require(item.description() == null || item.description().length() <= 4000, "description",
                        "must be at most 4000 characters")
                .throwIfInvalid();
    }

    private static ItemEntity find(javax.persistence.EntityManager em, String municipality, long id) {
        ItemEntity entity = em.find(ItemEntity.class, id);
        if (entity == null || !entity.municipality().equals(municipality)) {
            throw new NotFoundException("No item " + id);
        }
        return entity;
    }
}
