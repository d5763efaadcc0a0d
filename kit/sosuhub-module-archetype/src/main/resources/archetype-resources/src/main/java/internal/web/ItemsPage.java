package ${package}.internal.web;

import ${package}.internal.ItemsModule;
import dk.sosuhub.web.WebPage;
import org.osgi.service.component.annotations.Component;

/** The module's page at /${moduleId} (the files in this bundle's /web folder), in Danish. */
@Component(service = WebPage.class)
public class ItemsPage implements WebPage {

    @Override
    public String alias() {
        return "/" + ItemsModule.ID;
    }
}
