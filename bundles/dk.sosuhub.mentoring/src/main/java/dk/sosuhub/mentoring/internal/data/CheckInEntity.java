package dk.sosuhub.mentoring.internal.data;

import dk.sosuhub.mentoring.CheckIn;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(name = "mentoring_check_in")
public class CheckInEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "relationship_id")
    private long relationshipId;

    @Column(name = "check_in_date")
    private LocalDate date;

    private Integer minutes;

    private String note;

    protected CheckInEntity() {
    }

    CheckInEntity(long relationshipId, LocalDate date, Integer minutes, String note) {
        this.relationshipId = relationshipId;
        this.date = date;
        this.minutes = minutes;
        this.note = note;
    }

    CheckIn toModel() {
        return new CheckIn(id, relationshipId, date, minutes, note);
    }
}
