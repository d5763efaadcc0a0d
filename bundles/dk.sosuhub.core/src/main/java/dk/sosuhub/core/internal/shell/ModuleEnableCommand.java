package dk.sosuhub.core.internal.shell;

import dk.sosuhub.core.api.module.ModuleService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "sosu", name = "module-enable", description = "Switches a module on for a municipality")
public class ModuleEnableCommand implements Action {

    @Argument(index = 0, name = "municipality", description = "3-digit municipality code", required = true)
    String municipality;

    @Argument(index = 1, name = "module", description = "Module id, e.g. students", required = true)
    String moduleId;

    @Reference
    ModuleService modules;

    @Override
    public Object execute() {
        ModuleService.MunicipalityModule m = modules.setEnabled(municipality, moduleId, true);
        System.out.println("Module " + m.id() + " is now enabled for " + municipality);
        return null;
    }
}
