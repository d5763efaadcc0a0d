package dk.sosuhub.messages.internal.web;

import dk.sosuhub.web.WebPage;
import org.osgi.service.component.annotations.Component;

/** The student's own page /mit-forloeb: plan, talks, conversations, handovers, consents (files in /web/mit-forloeb). */
@Component(service = WebPage.class)
public class StudentPage implements WebPage {

    @Override
    public String alias() {
        return "/mit-forloeb";
    }

    @Override
    public String root() {
        return "/web/mit-forloeb";
    }
}
