package dk.sosuhub.placements.internal.data;

import dk.sosuhub.placements.GeoPoint;
import dk.sosuhub.placements.PlacementProfile;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "placement_profile")
public class ProfileEntity {

    @Id
    @Column(name = "student_id")
    private Long studentId;

    private String municipality;

    @Column(name = "taster_site_id")
    private Long tasterSiteId;

    private Double lat;

    private Double lon;

    @Column(name = "max_travel_km")
    private Integer maxTravelKm;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "placement_profile_site", joinColumns = @JoinColumn(name = "student_id"))
    @OrderColumn(name = "preference")
    @Column(name = "site_id")
    private List<Long> preferredSiteIds = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "placement_profile_need", joinColumns = @JoinColumn(name = "student_id"))
    @Column(name = "need")
    private List<String> supportNeeds = new ArrayList<>();

    protected ProfileEntity() {
    }

    ProfileEntity(String municipality, long studentId) {
        this.municipality = municipality;
        this.studentId = studentId;
    }

    void assign(PlacementProfile p, List<String> needs) {
        this.tasterSiteId = p.tasterSiteId();
        this.lat = p.location() == null ? null : p.location().lat();
        this.lon = p.location() == null ? null : p.location().lon();
        this.maxTravelKm = p.maxTravelKm();
        this.preferredSiteIds.clear();
        this.preferredSiteIds.addAll(p.preferredSiteIds());
        this.supportNeeds.clear();
        this.supportNeeds.addAll(needs);
    }

    String municipality() { return municipality; }

    PlacementProfile toModel() {
        return new PlacementProfile(studentId, tasterSiteId, preferredSiteIds, lat == null ? null : new GeoPoint(lat, lon),
                maxTravelKm, supportNeeds);
    }
}
