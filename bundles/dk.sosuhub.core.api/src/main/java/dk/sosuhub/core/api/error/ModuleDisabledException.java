package dk.sosuhub.core.api.error;

/** A module is switched off for the caller's municipality. */
public class ModuleDisabledException extends ForbiddenException {

    private final String moduleId;

    public ModuleDisabledException(String municipality, String moduleId) {
        super("Module '" + moduleId + "' is disabled for municipality " + municipality);
        this.moduleId = moduleId;
    }

    public String moduleId() { return moduleId; }

    @Override public String type() { return "module-disabled"; }

    @Override public String title() { return "Module disabled"; }
}
