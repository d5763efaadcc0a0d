package ${package};

import java.util.List;

/**
 * The module's items in one municipality; an item of another municipality is "not found". This package is the
 * module's API (exported); another module may use it, the implementation stays in {@code internal}.
 */
public interface ItemService {

    List<Item> list(String municipality);

    /** @throws dk.sosuhub.core.api.error.NotFoundException unless the item is the municipality's */
    Item get(String municipality, long id);

    /** @throws dk.sosuhub.core.api.error.ValidationException naming each invalid field */
    Item create(String municipality, Item item);

    Item update(String municipality, long id, Item item);

    void delete(String municipality, long id);
}
