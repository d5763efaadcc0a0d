package dk.sosuhub.knowledge.internal;

import dk.sosuhub.core.api.module.SosuModule;
import org.osgi.service.component.annotations.Component;

/** The knowledge base: guides for students, supervisors and managers, with search. */
@Component(service = SosuModule.class)
public class KnowledgeModule implements SosuModule {

    public static final String ID = "knowledge";

    @Override
    public String id() { return ID; }

    @Override
    public String name() { return "Vidensbase"; }

    @Override
    public String description() {
        return "Guides til elever, vejledere og ledere med søgning, der forstår dansk, som medarbejderne skriver det.";
    }

    /** Guides are shared, impersonal content: reading them is not recorded in the audit trail. */
    @Override
    public boolean personalData() { return false; }
}
