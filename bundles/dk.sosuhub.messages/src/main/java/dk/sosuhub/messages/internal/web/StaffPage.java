package dk.sosuhub.messages.internal.web;

import dk.sosuhub.web.WebPage;
import org.osgi.service.component.annotations.Component;

/** The staff's page /beskeder: inbox, threads, compose, notification settings (files in /web/beskeder). */
@Component(service = WebPage.class)
public class StaffPage implements WebPage {

    @Override
    public String alias() {
        return "/beskeder";
    }

    @Override
    public String root() {
        return "/web/beskeder";
    }
}
