package dk.sosuhub.placements.internal.data;

import dk.sosuhub.core.api.gdpr.PersonalData;
import dk.sosuhub.core.api.module.ModuleSchema;
import dk.sosuhub.placements.internal.PlacementsModule;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The placements module's part of a student's GDPR export and erasure: the placement profile (home location, travel,
 * preferences, support needs) and the planned placements. Erasure removes the profile's personal parts and keeps the
 * placements (site and dates), which the sites' capacity is made of.
 */
@Component(service = PersonalData.class)
public class PlacementsPersonalData implements PersonalData {

    @Reference(target = "(osgi.unit.name=sosuhub-placements)")
    JpaTemplate jpa;

    @Reference(target = "(" + ModuleSchema.PROPERTY + "=" + PlacementsModule.ID + ")")
    ModuleSchema schema;

    @Override
    public String module() {
        return PlacementsModule.ID;
    }

    @Override
    public Object export(String municipality, long studentId) {
        return Tx.run(jpa, em -> {
            Map<String, Object> part = new LinkedHashMap<>();
            part.put("profile", rows(em, List.of("tasterSiteId", "lat", "lon", "maxTravelKm"), "SELECT taster_site_id, lat,"
                    + " lon, max_travel_km FROM placement_profile WHERE municipality = ?1 AND student_id = ?2", municipality, studentId));
            part.put("preferredSiteIds", rows(em, List.of("preference", "siteId"), "SELECT s.preference, s.site_id FROM"
                    + " placement_profile_site s JOIN placement_profile p ON p.student_id = s.student_id WHERE p.municipality = ?1"
                    + " AND s.student_id = ?2 ORDER BY s.preference", municipality, studentId));
            part.put("supportNeeds", rows(em, List.of("need"), "SELECT n.need FROM placement_profile_need n JOIN placement_profile p"
                    + " ON p.student_id = n.student_id WHERE p.municipality = ?1 AND n.student_id = ?2", municipality, studentId));
            part.put("placements", rows(em, List.of("period", "startDate", "endDate", "siteId", "supervisorId", "pinned"),
                    "SELECT period, starts_on, ends_on, site_id, supervisor_id, pinned FROM placement_assignment"
                            + " WHERE municipality = ?1 AND student_id = ?2 ORDER BY period", municipality, studentId));
            return part;
        });
    }

    @Override
    public void erase(String municipality, long studentId) {
        Tx.run(jpa, em -> {
            String mine = "SELECT student_id FROM placement_profile WHERE municipality = ?1 AND student_id = ?2";
            em.createNativeQuery("DELETE FROM placement_profile_need WHERE student_id IN (" + mine + ")")
                    .setParameter(1, municipality).setParameter(2, studentId).executeUpdate();
            em.createNativeQuery("DELETE FROM placement_profile_site WHERE student_id IN (" + mine + ")")
                    .setParameter(1, municipality).setParameter(2, studentId).executeUpdate();
            em.createNativeQuery("UPDATE placement_profile SET lat = NULL, lon = NULL, max_travel_km = NULL,"
                            + " taster_site_id = NULL WHERE municipality = ?1 AND student_id = ?2")
                    .setParameter(1, municipality).setParameter(2, studentId).executeUpdate();
            return null;
        });
    }

    /** The rows of a native query as maps named by {@code names}, values as text where they are dates. */
    private static List<Map<String, Object>> rows(EntityManager em, List<String> names, String sql, Object... params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        List<Map<String, Object>> result = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] cells = row instanceof Object[] r ? r : new Object[]{row};
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                m.put(names.get(i), cells[i] instanceof java.util.Date d ? d.toString() : cells[i]);
            }
            result.add(m);
        }
        return result;
    }
}
