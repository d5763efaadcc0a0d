package dk.sosuhub.mentoring.internal;

import dk.sosuhub.core.api.module.SosuModule;
import org.osgi.service.component.annotations.Component;

import java.util.Set;

@Component(service = SosuModule.class)
public class MentoringModule implements SosuModule {

    public static final String ID = "mentoring";

    @Override
    public String id() { return ID; }

    @Override
    public String name() { return "Mentorordninger"; }

    @Override
    public String description() {
        return "Buddyer, fastholdelsesmentorer, mentorer for nyuddannede og hverdagsguider: mentorer og deres kapacitet, "
                + "forløb fra henvisning til resultat, opfølgning, forslag til mentorer og nøgletal for ordningerne.";
    }

    @Override
    public Set<String> dependsOn() { return Set.of("students"); }
}
