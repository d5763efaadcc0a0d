package dk.sosuhub.students.internal;

import dk.sosuhub.core.api.module.SosuModule;
import org.osgi.service.component.annotations.Component;

/** The student register: the module the others build on. */
@Component(service = SosuModule.class)
public class StudentsModule implements SosuModule {

    public static final String ID = "students";

    @Override
    public String id() { return ID; }

    @Override
    public String name() { return "Elevregister"; }

    @Override
    public String description() {
        return "Kommunens SOSU-elever: ansættelse, uddannelse, rekrutteringsvej og status.";
    }
}
