package ${package}.internal;

import ${package}.Item;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import java.time.LocalDate;

/** A row of the module's own table ${moduleId}_item (created by db/${moduleId}/V1__items.sql). */
@Entity
@Table(name = "${moduleId}_item")
public class ItemEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 3)
    private String municipality;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String description;

    @Column(name = "item_date")
    private LocalDate date;

    protected ItemEntity() {
    }

    ItemEntity(String municipality, Item item) {
        this.municipality = municipality;
        update(item);
    }

    void update(Item item) {
        this.title = item.title().strip();
        this.description = item.description();
        this.date = item.date();
    }

    String municipality() {
        return municipality;
    }

    Item toItem() {
        return new Item(id, title, description, date);
    }
}
