package ${package}.internal;

import dk.sosuhub.core.api.module.SosuModule;
import org.osgi.service.component.annotations.Component;

/**
 * Makes this bundle the SOSU Hub module '${moduleId}'. While this component is registered the module is
 * installed: the platform runs the migrations in db/${moduleId}, and the REST resources, SOAP services and page
 * this bundle registers belong to the module, switched on and off per municipality.
 */
@Component(service = SosuModule.class)
public class ItemsModule implements SosuModule {

    /** The module id: in URLs (/api/v1/municipalities/{code}/${moduleId}/items, /soap/${moduleId}, /${moduleId}). */
    public static final String ID = "${moduleId}";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "${moduleName}";
    }

    @Override
    public String description() {
        return "${moduleName}: kommunens egne punkter med titel, beskrivelse og dato.";
    }
}
