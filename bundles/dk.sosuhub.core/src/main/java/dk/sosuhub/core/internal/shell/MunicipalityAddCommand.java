package dk.sosuhub.core.internal.shell;

import dk.sosuhub.core.api.MunicipalityService;
import dk.sosuhub.core.api.model.Municipality;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "sosu", name = "municipality-add", description = "Onboards a municipality")
public class MunicipalityAddCommand implements Action {

    @Argument(index = 0, name = "code", description = "Official 3-digit municipality code, e.g. 250", required = true)
    String code;

    @Argument(index = 1, name = "name", description = "Name, e.g. Frederikssund", required = true)
    String name;

    @Reference
    MunicipalityService municipalities;

    @Override
    public Object execute() {
        Municipality m = municipalities.create(new Municipality(code, name));
        System.out.println("Created municipality " + m.code() + " " + m.name());
        return null;
    }
}
