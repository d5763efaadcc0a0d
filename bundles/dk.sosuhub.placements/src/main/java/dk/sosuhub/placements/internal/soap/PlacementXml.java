package dk.sosuhub.placements.internal.soap;

import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.placements.CapacityChange;
import dk.sosuhub.placements.GeoPoint;
import dk.sosuhub.placements.PeriodRule;
import dk.sosuhub.placements.PlacementProfile;
import dk.sosuhub.placements.PlacementSite;
import dk.sosuhub.placements.SiteType;
import dk.sosuhub.placements.Supervisor;
import dk.sosuhub.web.soap.LocalDateAdapter;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The placements data as the SOAP service reads and writes it: the REST API's fields. */
public final class PlacementXml {

    private PlacementXml() {
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "location", propOrder = {"lat", "lon"})
    public static class Location {
        public Double lat;
        public Double lon;

        static Location of(GeoPoint p) {
            if (p == null) {
                return null;
            }
            Location l = new Location();
            l.lat = p.lat();
            l.lon = p.lon();
            return l;
        }

        static GeoPoint toModel(Location l) {
            return l == null ? null : new GeoPoint(l.lat, l.lon);
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "capacityChange", propOrder = {"from", "to", "capacity"})
    public static class Change {
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate from;
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate to;
        public Integer capacity;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "placementSiteInput", propOrder = {"name", "type", "capacity", "capacityChange", "location", "active"})
    public static class SiteInput {
        public String name;
        public SiteType type;
        public Integer capacity;
        public List<Change> capacityChange;
        public Location location;
        public Boolean active;

        PlacementSite toModel() {
            List<CapacityChange> changes = new ArrayList<>();
            if (capacityChange != null) {
                capacityChange.forEach(c -> changes.add(c == null ? null : new CapacityChange(c.from, c.to, c.capacity)));
            }
            return new PlacementSite(null, name, type, capacity, changes, Location.toModel(location), active);
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "placementSite", propOrder = {"id", "name", "type", "capacity", "capacityChange", "location", "active"})
    public static class Site {
        public long id;
        public String name;
        public SiteType type;
        public int capacity;
        public List<Change> capacityChange = new ArrayList<>();
        public Location location;
        public boolean active;

        static Site of(PlacementSite s) {
            Site x = new Site();
            x.id = s.id();
            x.name = s.name();
            x.type = s.type();
            x.capacity = s.capacity();
            s.capacityChanges().forEach(c -> {
                Change change = new Change();
                change.from = c.from();
                change.to = c.to();
                change.capacity = c.capacity();
                x.capacityChange.add(change);
            });
            x.location = Location.of(s.location());
            x.active = Boolean.TRUE.equals(s.active());
            return x;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "supervisorInput", propOrder = {"name", "capacity", "competence", "username"})
    public static class SupervisorInput {
        public String name;
        public Integer capacity;
        public List<String> competence;
        public String username;

        Supervisor toModel() {
            return new Supervisor(null, null, name, capacity, competence, username);
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "supervisor", propOrder = {"id", "siteId", "name", "capacity", "competence", "username"})
    public static class SupervisorView {
        public long id;
        public long siteId;
        public String name;
        public int capacity;
        public List<String> competence = new ArrayList<>();
        public String username;

        static SupervisorView of(Supervisor s) {
            SupervisorView x = new SupervisorView();
            x.id = s.id();
            x.siteId = s.siteId();
            x.name = s.name();
            x.capacity = s.capacity();
            x.competence.addAll(s.competences());
            x.username = s.username();
            return x;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "placementProfile", propOrder = {"studentId", "tasterSiteId", "preferredSiteId", "location",
            "maxTravelKm", "supportNeed"})
    public static class Profile {
        public long studentId;
        public Long tasterSiteId;
        public List<Long> preferredSiteId = new ArrayList<>();
        public Location location;
        public Integer maxTravelKm;
        public List<String> supportNeed = new ArrayList<>();

        static Profile of(PlacementProfile p) {
            Profile x = new Profile();
            x.studentId = p.studentId();
            x.tasterSiteId = p.tasterSiteId();
            x.preferredSiteId.addAll(p.preferredSiteIds());
            x.location = Location.of(p.location());
            x.maxTravelKm = p.maxTravelKm();
            x.supportNeed.addAll(p.supportNeeds());
            return x;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "periodRule", propOrder = {"programme", "period", "siteType", "differentTypeFrom"})
    public static class Rule {
        public Programme programme;
        public int period;
        public List<SiteType> siteType = new ArrayList<>();
        public List<Integer> differentTypeFrom = new ArrayList<>();

        static Rule of(Programme programme, PeriodRule r) {
            Rule x = new Rule();
            x.programme = programme;
            x.period = r.period();
            x.siteType.addAll(r.siteTypes());
            x.differentTypeFrom.addAll(r.differentTypeFrom());
            return x;
        }
    }
}
