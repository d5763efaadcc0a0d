package dk.sosuhub.kpi;

import dk.sosuhub.core.api.model.Programme;

import java.util.Map;

/** The agreed minimum number of students a municipality hires a year per programme (dimensionering). */
public interface QuotaService {

    /** Programmes without an agreed minimum are absent. */
    Map<Programme, Integer> quota(String municipality);

    Map<Programme, Integer> setQuota(String municipality, Map<Programme, Integer> minimums);

    /** The agreed minimums of every municipality that has any, keyed by municipality code. */
    Map<String, Map<Programme, Integer>> allQuotas();
}
