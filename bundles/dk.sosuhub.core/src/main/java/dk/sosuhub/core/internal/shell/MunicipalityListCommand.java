package dk.sosuhub.core.internal.shell;

import dk.sosuhub.core.api.MunicipalityService;
import dk.sosuhub.core.api.model.Municipality;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "sosu", name = "municipality-list", description = "Lists the onboarded municipalities")
public class MunicipalityListCommand implements Action {

    @Reference
    MunicipalityService municipalities;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Code");
        table.column("Name");
        for (Municipality m : municipalities.list()) {
            table.addRow().addContent(m.code(), m.name());
        }
        table.print(System.out);
        return null;
    }
}
