package dk.sosuhub.placements.internal.data;

import dk.sosuhub.placements.CapacityChange;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import java.time.LocalDate;

@Embeddable
public class CapacityChangeEmbeddable {

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    private int capacity;

    protected CapacityChangeEmbeddable() {
    }

    CapacityChangeEmbeddable(CapacityChange c) {
        this.startsOn = c.from();
        this.endsOn = c.to();
        this.capacity = c.capacity();
    }

    CapacityChange toModel() {
        return new CapacityChange(startsOn, endsOn, capacity);
    }
}
