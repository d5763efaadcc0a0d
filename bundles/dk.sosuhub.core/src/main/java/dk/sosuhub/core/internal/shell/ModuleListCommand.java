package dk.sosuhub.core.internal.shell;

import dk.sosuhub.core.api.module.ModuleInfo;
import dk.sosuhub.core.api.module.ModuleService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "sosu", name = "module-list",
        description = "Lists the installed modules, or with a municipality code whether each is enabled there")
public class ModuleListCommand implements Action {

    @Argument(index = 0, name = "municipality", description = "3-digit municipality code")
    String municipality;

    @Reference
    ModuleService modules;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        if (municipality == null) {
            table.column("Id");
            table.column("Name");
            table.column("Version");
            table.column("State");
            table.column("Depends on");
            for (ModuleInfo m : modules.installed()) {
                table.addRow().addContent(m.id(), m.name(), m.version(), m.state(), String.join(", ", m.dependsOn()));
            }
        } else {
            table.column("Id");
            table.column("Name");
            table.column("Enabled");
            for (ModuleService.MunicipalityModule m : modules.forMunicipality(municipality)) {
                table.addRow().addContent(m.id(), m.name(), m.enabled());
            }
        }
        table.print(System.out);
        return null;
    }
}
