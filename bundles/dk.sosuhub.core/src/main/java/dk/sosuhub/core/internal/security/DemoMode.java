package dk.sosuhub.core.internal.security;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Whether the platform runs in demo mode: demo municipalities, students and users are loaded, and the demo
 * users may sign in. Switched on by {@code enabled=true} in {@code etc/dk.sosuhub.demo.cfg} or by the system
 * property {@code sosuhub.demo=true} (what the README's start command sets). Off by default.
 */
@Component(service = DemoMode.class, configurationPid = "dk.sosuhub.demo")
@Designate(ocd = DemoMode.Config.class)
public class DemoMode {

    @ObjectClassDefinition(name = "SOSU Hub demo mode")
    public @interface Config {
        @AttributeDefinition(description = "Load demo data and allow the demo users to sign in")
        boolean enabled() default false;
    }

    private final boolean active;

    @Activate
    public DemoMode(Config config) {
        this.active = config.enabled() || Boolean.getBoolean("sosuhub.demo");
    }

    public boolean active() {
        return active;
    }
}
