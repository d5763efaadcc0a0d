package dk.sosuhub.core.internal.shell;

import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.core.api.security.UserService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How the first platform administrator of a production installation is made. */
@Service
@Command(scope = "sosu", name = "user-add", description = "Creates a user (e.g. the first platform-admin)")
public class UserAddCommand implements Action {

    @Argument(index = 0, name = "username", required = true)
    String username;

    @Argument(index = 1, name = "password", required = true)
    String password;

    @Option(name = "--role", description = "Comma-separated roles, e.g. platform-admin", required = true)
    String roles;

    @Option(name = "--municipality", description = "3-digit municipality code (all roles but platform-admin)")
    String municipality;

    @Reference
    UserService users;

    /** Whoever has the Karaf shell administers the platform. */
    private static final Caller SHELL = new Caller("karaf-shell", Set.of(Role.PLATFORM_ADMIN), null);

    @Override
    public Object execute() {
        Set<Role> parsed = Stream.of(roles.split(","))
                .map(r -> Role.fromWireName(r.strip()).orElseThrow(() -> new IllegalArgumentException("Unknown role " + r)))
                .collect(Collectors.toSet());
        users.create(SHELL, new UserService.NewUser(username, password, parsed, municipality));
        System.out.println("Created user " + username);
        return null;
    }
}
