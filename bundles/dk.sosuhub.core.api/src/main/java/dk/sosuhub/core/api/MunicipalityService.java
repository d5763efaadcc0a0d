package dk.sosuhub.core.api;

import dk.sosuhub.core.api.model.Municipality;

import java.util.List;
import java.util.Optional;

public interface MunicipalityService {

    /** @throws dk.sosuhub.core.api.error.ConflictException if the code is taken */
    Municipality create(Municipality municipality);

    List<Municipality> list();

    Optional<Municipality> find(String code);

    /** @throws dk.sosuhub.core.api.error.NotFoundException if there is no such municipality */
    Municipality get(String code);
}
