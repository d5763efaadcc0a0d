package dk.sosuhub.demo.internal;

import dk.sosuhub.core.api.model.Programme;
import dk.sosuhub.kpi.QuotaService;
import dk.sosuhub.kpi.SuccessCriteriaService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.util.Map;

/**
 * Frederikssund's quota and success criteria, through the kpi module's API, while the kpi module is installed
 * (the demo bundle imports its package dynamically, so the demo feature does not pull the module in). Seeded
 * only where nothing is set, so changes survive restarts and reinstallations.
 */
@Component(immediate = true, service = {})
public class DemoKpiData {

    @Activate
    public DemoKpiData(@Reference DemoData demo, @Reference QuotaService quotas, @Reference SuccessCriteriaService criteria) {
        if (quotas.quota("250").isEmpty()) {
            // The 2020–2026 agreement: at least 56 SSA and 27 SSH students a year
            quotas.setQuota("250", Map.of(Programme.SSA, 56, Programme.SSH, 27));
        }
        if (criteria.list("250").isEmpty()) {
            FrederikssundCriteria.ALL.forEach(c -> criteria.create("250", c));
        }
    }
}
