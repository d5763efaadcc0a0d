package dk.sosuhub.core.internal.security;

import dk.sosuhub.core.api.security.DemoUsers;
import dk.sosuhub.core.api.security.Role;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import java.util.Set;

/**
 * Registers {@link DemoUsers} while demo mode is on, and only then; the demo feature ({@code sosuhub-demo})
 * stores its users through it. Users stored so are flagged {@code demo}, and {@link UserServiceImpl} lets them
 * sign in only while {@link DemoMode} is on.
 */
@Component(immediate = true, service = {})
public class DemoUsersImpl implements DemoUsers {

    private final UserServiceImpl users;
    private final ServiceRegistration<DemoUsers> registration;

    @Activate
    public DemoUsersImpl(@Reference DemoMode demoMode, @Reference UserServiceImpl users, BundleContext context) {
        this.users = users;
        this.registration = demoMode.active() ? context.registerService(DemoUsers.class, this, null) : null;
    }

    @Deactivate
    void deactivate() {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the bundle is stopping
            }
        }
    }

    @Override
    public boolean exists(String username) {
        return users.exists(username);
    }

    @Override
    public void store(String username, String password, Set<Role> roles, String municipality) {
        users.store(username, password, roles, municipality, true);
    }

    @Override
    public void storeHashed(String username, String passwordHash, Set<Role> roles, String municipality) {
        users.storeHashed(username, passwordHash, roles, municipality, true);
    }
}
