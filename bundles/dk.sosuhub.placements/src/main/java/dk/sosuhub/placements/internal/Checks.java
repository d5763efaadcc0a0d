package dk.sosuhub.placements.internal;

import dk.sosuhub.core.api.error.Validator;
import dk.sosuhub.placements.CapacityChange;
import dk.sosuhub.placements.GeoPoint;
import dk.sosuhub.placements.PlacementProfile;
import dk.sosuhub.placements.PlacementSite;
import dk.sosuhub.placements.Supervisor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The field checks of sites, supervisors and profiles (those that need no database). */
public final class Checks {

    public static final int MAX_NAME = 200;
    public static final int MAX_SITE_CAPACITY = 1000;
    public static final int MAX_SUPERVISOR_CAPACITY = 10;
    public static final int MAX_TAG = 50;
    public static final int MAX_TAGS = 30;
    public static final int MAX_CHANGES = 100;
    public static final int MAX_PREFERRED = 10;
    public static final int MAX_TRAVEL_KM = 500;

    private Checks() {
    }

    public static Validator site(PlacementSite s) {
        Validator v = new Validator();
        name(v, s.name());
        v.requirePresent(s.type(), "type");
        v.require(s.capacity() != null && s.capacity() >= 0 && s.capacity() <= MAX_SITE_CAPACITY, "capacity",
                "must be a whole number from 0 to " + MAX_SITE_CAPACITY);
        location(v, "location", s.location());
        List<CapacityChange> changes = s.capacityChanges();
        v.require(changes.size() <= MAX_CHANGES, "capacityChanges", "at most " + MAX_CHANGES);
        List<Integer> valid = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            CapacityChange c = changes.get(i);
            String f = "capacityChanges[" + i + "]";
            if (c == null) {
                v.require(false, f, "is required");
                continue;
            }
            v.requirePresent(c.from(), f + ".from");
            v.requirePresent(c.to(), f + ".to");
            boolean ordered = c.from() == null || c.to() == null || !c.from().isAfter(c.to());
            v.require(ordered, f + ".to", "must be on or after from");
            v.require(c.capacity() != null && c.capacity() >= 0 && c.capacity() <= MAX_SITE_CAPACITY, f + ".capacity",
                    "must be a whole number from 0 to " + MAX_SITE_CAPACITY);
            if (c.from() != null && c.to() != null && ordered) {
                valid.add(i);
            }
        }
        for (int a = 0; a < valid.size(); a++) {
            for (int b = a + 1; b < valid.size(); b++) {
                CapacityChange x = changes.get(valid.get(a));
                CapacityChange y = changes.get(valid.get(b));
                boolean overlap = !x.from().isAfter(y.to()) && !y.from().isAfter(x.to());
                v.require(!overlap, "capacityChanges[" + valid.get(b) + "]",
                        "overlaps capacityChanges[" + valid.get(a) + "]");
            }
        }
        return v;
    }

    /** The site with its defaults filled in (active true) and its capacity changes ordered. */
    public static PlacementSite normalised(PlacementSite s) {
        List<CapacityChange> changes = new ArrayList<>(s.capacityChanges());
        changes.sort(Comparator.comparing(CapacityChange::from));
        return new PlacementSite(s.id(), s.name().strip(), s.type(), s.capacity(), changes, s.location(),
                s.active() == null ? Boolean.TRUE : s.active());
    }

    public static Validator supervisor(Supervisor s) {
        Validator v = new Validator();
        name(v, s.name());
        v.require(s.capacity() != null && s.capacity() >= 1 && s.capacity() <= MAX_SUPERVISOR_CAPACITY, "capacity",
                "must be a whole number from 1 to " + MAX_SUPERVISOR_CAPACITY);
        tags(v, "competences", s.competences());
        v.require(s.username() == null || (!s.username().isBlank() && s.username().length() <= 100), "username",
                "must be a user name or null");
        return v;
    }

    public static Validator profile(PlacementProfile p) {
        Validator v = new Validator();
        location(v, "location", p.location());
        v.require(p.maxTravelKm() == null || (p.maxTravelKm() >= 0 && p.maxTravelKm() <= MAX_TRAVEL_KM), "maxTravelKm",
                "must be a whole number from 0 to " + MAX_TRAVEL_KM + " or null");
        v.require(p.preferredSiteIds().size() <= MAX_PREFERRED, "preferredSiteIds", "at most " + MAX_PREFERRED + " sites");
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < p.preferredSiteIds().size(); i++) {
            Long id = p.preferredSiteIds().get(i);
            v.require(id != null, "preferredSiteIds[" + i + "]", "is required");
            if (id != null) {
                v.require(seen.add(id), "preferredSiteIds[" + i + "]", "site " + id + " is listed twice");
            }
        }
        tags(v, "supportNeeds", p.supportNeeds());
        return v;
    }

    /** Tags stripped and without duplicates, in their order. */
    public static List<String> tags(List<String> tags) {
        Set<String> out = new LinkedHashSet<>();
        tags.forEach(t -> out.add(t.strip()));
        return List.copyOf(out);
    }

    private static void name(Validator v, String name) {
        v.requirePresent(name, "name");
        v.require(name == null || name.length() <= MAX_NAME, "name", "at most " + MAX_NAME + " characters");
    }

    private static void tags(Validator v, String field, List<String> tags) {
        v.require(tags.size() <= MAX_TAGS, field, "at most " + MAX_TAGS + " tags");
        for (int i = 0; i < tags.size(); i++) {
            String t = tags.get(i);
            v.require(t != null && !t.isBlank() && t.strip().length() <= MAX_TAG, field + "[" + i + "]",
                    "must be a tag of 1 to " + MAX_TAG + " characters");
        }
    }

    private static void location(Validator v, String field, GeoPoint p) {
        if (p == null) {
            return;
        }
        v.require(p.lat() != null && p.lat() >= -90 && p.lat() <= 90, field + ".lat", "must be a latitude from -90 to 90");
        v.require(p.lon() != null && p.lon() >= -180 && p.lon() <= 180, field + ".lon", "must be a longitude from -180 to 180");
    }
}
