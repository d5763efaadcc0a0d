package dk.sosuhub.knowledge.internal.guides;

import dk.sosuhub.core.api.Denmark;
import dk.sosuhub.knowledge.GuideListener;
import dk.sosuhub.knowledge.GuideService;
import dk.sosuhub.core.api.MunicipalityService;
import dk.sosuhub.core.api.error.ConflictException;
import dk.sosuhub.core.api.error.ForbiddenException;
import dk.sosuhub.core.api.error.NotFoundException;
import dk.sosuhub.core.api.error.ValidationException;
import dk.sosuhub.knowledge.Guide;
import dk.sosuhub.knowledge.GuideData;
import dk.sosuhub.core.api.module.ModuleSchema;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;
import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

@Component(service = GuideService.class)
public class GuideServiceImpl implements GuideService {

    private static final Logger LOG = LoggerFactory.getLogger(GuideServiceImpl.class);
    private static final Locale DA = Locale.forLanguageTag("da-DK");
    static final int MAX_SLUG = 80;

    @Reference(target = "(osgi.unit.name=sosuhub-knowledge)")
    private JpaTemplate jpa;

    /** The module's tables exist (core ran db/knowledge). */
    @Reference(target = "(" + ModuleSchema.PROPERTY + "=knowledge)")
    private ModuleSchema schema;

    @Reference
    private MunicipalityService municipalities;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<GuideListener> listeners = List.of();

    @Override
    public List<Guide> visible(String municipality) {
        Collator collator = Collator.getInstance(DA);
        return Tx.run(jpa, em -> em.createQuery(
                        "select g from GuideEntity g where g.municipality is null or g.municipality = :m", GuideEntity.class)
                .setParameter("m", municipality).getResultList().stream().map(GuideEntity::toModel)
                .sorted(Comparator.comparing(Guide::title, collator).thenComparing(Guide::id)).toList());
    }

    @Override
    public Guide get(String municipality, String id) {
        return Tx.run(jpa, em -> visible(em, municipality, id).toModel());
    }

    @Override
    public Guide create(String municipality, GuideData data) {
        municipalities.get(municipality);
        GuideData valid = data.validated();
        Guide created = Tx.run(jpa, em -> {
            GuideEntity entity = new GuideEntity(freeSlug(em, municipality + "-" + slug(valid.title())), municipality, valid);
            em.persist(entity);
            return entity.toModel();
        });
        notify(l -> l.guideSaved(created));
        return created;
    }

    @Override
    public Guide update(String municipality, String id, GuideData data) {
        Guide updated;
        try {
            updated = Tx.run(jpa, em -> {
                GuideEntity entity = own(em, municipality, id);
                entity.assign(data.validated(), Denmark.today());
                return entity.toModel();
            });
        } catch (PersistenceException e) {
            throw concurrentChange(id, e);
        }
        notify(l -> l.guideSaved(updated));
        return updated;
    }

    @Override
    public void delete(String municipality, String id) {
        Tx.run(jpa, em -> {
            em.remove(own(em, municipality, id));
            return null;
        });
        notify(l -> l.guideDeleted(id));
    }

    @Override
    public List<Guide> all() {
        return Tx.run(jpa, em -> em.createQuery("select g from GuideEntity g order by g.id", GuideEntity.class)
                .getResultList().stream().map(GuideEntity::toModel).toList());
    }

    @Override
    public long count() {
        return Tx.run(jpa, em -> em.createQuery("select count(g) from GuideEntity g", Long.class).getSingleResult());
    }

    @Override
    public ImportResult importShipped(List<Guide> shipped) {
        List<Guide> saved = new ArrayList<>();
        int[] counts = new int[3]; // added, updated, unchanged
        // what each shipped guide was last imported at, read once: at a restart nothing is newer, and one query
        // replaces a transaction and two lookups per guide
        Map<String, GuideImportEntity> imported = Tx.run(jpa, em -> em.createQuery(
                        "select i from GuideImportEntity i", GuideImportEntity.class).getResultStream()
                .collect(Collectors.toMap(GuideImportEntity::slug, i -> i)));
        for (Guide guide : shipped) {
            GuideImportEntity before = imported.get(guide.id());
            if (!fits(guide) || before != null && !before.olderThan(guide.updated())) {
                counts[2]++;
                continue;
            }
            Guide result = Tx.run(jpa, em -> importOne(em, guide, counts));
            if (result != null) {
                saved.add(result);
            }
        }
        for (Guide g : saved) {
            notify(l -> l.guideSaved(g));
        }
        ImportResult result = new ImportResult(counts[0], counts[1], counts[2]);
        LOG.info("Shipped guides: {} added, {} updated, {} unchanged", result.added(), result.updated(), result.unchanged());
        return result;
    }

    /** @return the guide if it was added or updated */
    private static Guide importOne(EntityManager em, Guide guide, int[] counts) {
        GuideImportEntity imported = em.find(GuideImportEntity.class, guide.id());
        GuideEntity entity = findBySlug(em, guide.id());
        if (imported == null) {
            em.persist(new GuideImportEntity(guide.id(), guide.updated()));
            if (entity != null) {
                LOG.warn("Shipped guide {} not imported: a guide with that id exists", guide.id());
                counts[2]++;
                return null;
            }
            GuideEntity added = GuideEntity.shipped(guide);
            em.persist(added);
            counts[0]++;
            return added.toModel();
        }
        if (!imported.olderThan(guide.updated())) {
            counts[2]++;
            return null;
        }
        imported.imported(guide.updated());
        // an edited or deleted guide is the municipality's decision: a newer shipped text does not override it
        if (entity == null || !entity.isShipped()) {
            counts[2]++;
            return null;
        }
        entity.assignShipped(guide);
        counts[1]++;
        return entity.toModel();
    }

    /** Shipped guides pass the same checks as written ones (they must fit the table). */
    private static boolean fits(Guide guide) {
        try {
            new GuideData(guide.title(), guide.summary(), guide.body(), guide.audience(), guide.topics(), guide.programme())
                    .validated();
            boolean ok = guide.id().length() <= MAX_SLUG && (guide.source() == null || guide.source().length() <= 500);
            if (!ok) {
                LOG.warn("Shipped guide {} skipped: id or source too long", guide.id());
            }
            return ok;
        } catch (ValidationException e) {
            LOG.warn("Shipped guide {} skipped: {}", guide.id(), e.getMessage());
            return false;
        }
    }

    private static GuideEntity findBySlug(EntityManager em, String slug) {
        return em.createQuery("select g from GuideEntity g where g.slug = :s", GuideEntity.class)
                .setParameter("s", slug).getResultStream().findFirst().orElse(null);
    }

    /** A guide the municipality may see; another municipality's guide is simply not found. */
    private static GuideEntity visible(EntityManager em, String municipality, String id) {
        GuideEntity entity = id == null ? null : findBySlug(em, id);
        if (entity == null || !(entity.national() || entity.municipality().equals(municipality))) {
            throw new NotFoundException("No guide '" + abbreviate(id) + "' in municipality " + municipality);
        }
        return entity;
    }

    /** One of the municipality's own guides; national guides are read-only. */
    private static GuideEntity own(EntityManager em, String municipality, String id) {
        GuideEntity entity = visible(em, municipality, id);
        if (entity.national()) {
            throw new ForbiddenException("Guide '" + id + "' is a national guide shipped with the platform and is read-only");
        }
        return entity;
    }

    private static String freeSlug(EntityManager em, String base) {
        String slug = base;
        for (int n = 2; findBySlug(em, slug) != null; n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** The title as a URL-safe id part: æ → ae, ø → oe, å → aa, other accents dropped, words joined by hyphens. */
    static String slug(String title) {
        String s = title.toLowerCase(DA).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > MAX_SLUG - 10) {
            s = s.substring(0, MAX_SLUG - 10).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "guide" : s;
    }

    private static RuntimeException concurrentChange(String id, PersistenceException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return new ConflictException("Guide '" + id + "' was changed by someone else meanwhile; fetch it and try again",
                        List.of(id));
            }
        }
        return e;
    }

    private void notify(Consumer<GuideListener> event) {
        for (GuideListener listener : listeners) {
            try {
                event.accept(listener);
            } catch (RuntimeException e) {
                LOG.warn("A guide listener failed", e);
            }
        }
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }
}
