package dk.sosuhub.kpi.internal.web;

import dk.sosuhub.web.WebPage;
import org.osgi.service.component.annotations.Component;

/** The leaders' KPI dashboard at /nogletal (files in this bundle's /web folder). */
@Component(service = WebPage.class)
public class DashboardPage implements WebPage {

    @Override
    public String alias() {
        return "/nogletal";
    }
}
