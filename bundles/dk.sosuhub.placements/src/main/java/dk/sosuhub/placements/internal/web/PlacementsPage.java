package dk.sosuhub.placements.internal.web;

import dk.sosuhub.web.WebPage;
import org.osgi.service.component.annotations.Component;

/** The coordinator's page at /oplaering (files in this bundle's /web folder): timeline, proposals, pinning. */
@Component(service = WebPage.class)
public class PlacementsPage implements WebPage {

    @Override
    public String alias() {
        return "/oplaering";
    }
}
