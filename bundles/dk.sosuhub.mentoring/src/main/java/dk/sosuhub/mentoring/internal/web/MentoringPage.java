package dk.sosuhub.mentoring.internal.web;

import dk.sosuhub.web.WebPage;
import org.osgi.service.component.annotations.Component;

/** The mentoring schemes' page at /mentorordninger (files in this bundle's /web folder). */
@Component(service = WebPage.class)
public class MentoringPage implements WebPage {

    @Override
    public String alias() {
        return "/mentorordninger";
    }
}
