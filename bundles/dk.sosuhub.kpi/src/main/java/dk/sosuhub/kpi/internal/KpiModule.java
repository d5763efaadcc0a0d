package dk.sosuhub.kpi.internal;

import dk.sosuhub.core.api.module.SosuModule;
import org.osgi.service.component.annotations.Component;

import java.util.Set;

@Component(service = SosuModule.class)
public class KpiModule implements SosuModule {

    public static final String ID = "kpi";

    @Override
    public String id() { return ID; }

    @Override
    public String name() { return "Nøgletal"; }

    @Override
    public String description() {
        return "Kommunens nøgletal for SOSU-elever: gennemførelse, frafald, ansættelse, dimensionering, intern rekruttering og sygefravær.";
    }

    @Override
    public Set<String> dependsOn() { return Set.of("students"); }
}
