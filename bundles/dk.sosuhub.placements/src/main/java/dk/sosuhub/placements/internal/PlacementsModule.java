package dk.sosuhub.placements.internal;

import dk.sosuhub.core.api.module.SosuModule;
import org.osgi.service.component.annotations.Component;

import java.util.Set;

@Component(service = SosuModule.class)
public class PlacementsModule implements SosuModule {

    public static final String ID = "placements";

    @Override
    public String id() { return ID; }

    @Override
    public String name() { return "Oplæring"; }

    @Override
    public String description() {
        return "Koordinering af elevernes oplæring: oplæringssteder og deres kapacitet, oplæringsvejledere og "
                + "deres kompetencer, elevernes ønsker og uddannelsernes regler for oplæringsperioderne.";
    }

    @Override
    public Set<String> dependsOn() { return Set.of("students"); }
}
