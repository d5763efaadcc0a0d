package dk.sosuhub.core.internal.shell;

import dk.sosuhub.core.api.module.ModuleService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "sosu", name = "module-disable", description = "Switches a module off for a municipality")
public class ModuleDisableCommand implements Action {

    @Argument(index = 0, name = "municipality", description = "3-digit municipality code", required = true)
    String municipality;

    @Argument(index = 1, name = "module", description = "Module id, e.g. students", required = true)
    String moduleId;

    @Reference
    ModuleService modules;

    @Override
    public Object execute() {
        modules.setEnabled(municipality, moduleId, false);
        System.out.println("Module " + moduleId + " is now disabled for " + municipality);
        return null;
    }
}
