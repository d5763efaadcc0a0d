package dk.sosuhub.knowledge.internal.web;

import dk.sosuhub.web.WebPage;
import org.osgi.service.component.annotations.Component;

/** The intranet knowledge page, the platform's front page at / (files in this bundle's /web folder). */
@Component(service = WebPage.class)
public class KnowledgePage implements WebPage {

    @Override
    public String alias() {
        return "/";
    }
}
