package dk.sosuhub.kpi;


import java.util.List;

/** The success criteria a municipality has set itself; their progress is computed by the kpi module. */
public interface SuccessCriteriaService {

    /** How many criteria a municipality may have. */
    int MAX_CRITERIA = 100;

    List<SuccessCriterion> list(String municipality);

    /** @throws dk.sosuhub.core.api.error.NotFoundException if there is no such criterion in the municipality */
    SuccessCriterion get(String municipality, long id);

    SuccessCriterion create(String municipality, SuccessCriterion criterion);

    SuccessCriterion update(String municipality, long id, SuccessCriterion criterion);

    void delete(String municipality, long id);
}
