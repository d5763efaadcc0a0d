package dk.sosuhub.kpi;

import java.time.LocalDate;
import java.util.List;

/**
 * A municipality's success criteria with their progress. Cohort figures (completion, employment, dropout) are
 * taken over the latest completed cohort of each programme by {@code date}; yearly figures (recruitment, sick
 * leave, quota) over the last full calendar year before {@code date}.
 */
public interface SuccessCriteriaKpi {

    List<CriterionProgress> progress(String municipality, LocalDate date);

    CriterionProgress progress(String municipality, long id, LocalDate date);
}
