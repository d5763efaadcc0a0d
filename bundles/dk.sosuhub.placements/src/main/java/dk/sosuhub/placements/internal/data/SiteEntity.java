package dk.sosuhub.placements.internal.data;

import dk.sosuhub.placements.CapacityChange;
import dk.sosuhub.placements.GeoPoint;
import dk.sosuhub.placements.PlacementSite;
import dk.sosuhub.placements.SiteType;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

@Entity
@Table(name = "placement_site")
public class SiteEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String municipality;

    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "site_type")
    private SiteType type;

    private int capacity;

    private Double lat;

    private Double lon;

    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "placement_site_capacity", joinColumns = @JoinColumn(name = "site_id"))
    private List<CapacityChangeEmbeddable> capacityChanges = new ArrayList<>();

    protected SiteEntity() {
    }

    SiteEntity(String municipality) {
        this.municipality = municipality;
    }

    /** Copies a validated, normalised site. */
    void assign(PlacementSite s) {
        this.name = s.name();
        this.type = s.type();
        this.capacity = s.capacity();
        this.lat = s.location() == null ? null : s.location().lat();
        this.lon = s.location() == null ? null : s.location().lon();
        this.active = s.active();
        this.capacityChanges.clear();
        s.capacityChanges().forEach(c -> capacityChanges.add(new CapacityChangeEmbeddable(c)));
    }

    Long id() { return id; }

    String municipality() { return municipality; }

    SiteType type() { return type; }

    PlacementSite toModel() {
        List<CapacityChange> changes = new ArrayList<>(capacityChanges.stream().map(CapacityChangeEmbeddable::toModel).toList());
        changes.sort(Comparator.comparing(CapacityChange::from));
        return new PlacementSite(id, name, type, capacity, changes, lat == null ? null : new GeoPoint(lat, lon), active);
    }
}
