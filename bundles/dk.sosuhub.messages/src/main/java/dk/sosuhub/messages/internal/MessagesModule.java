package dk.sosuhub.messages.internal;

import dk.sosuhub.core.api.module.SosuModule;
import org.osgi.service.component.annotations.Component;

import java.util.Set;

@Component(service = SosuModule.class)
public class MessagesModule implements SosuModule {

    public static final String ID = "messages";

    @Override
    public String id() { return ID; }

    @Override
    public String name() { return "Beskeder"; }

    @Override
    public String description() {
        return "Sikker kommunikation om eleven mellem eleven, den personlige vejleder, oplæringsvejlederen og "
                + "uddannelsesteamet; besked om fravær, overgangsskemaer mellem oplæringsperioderne og e-mails efter "
                + "den enkeltes ønsker.";
    }

    @Override
    public Set<String> dependsOn() { return Set.of("students"); }
}
