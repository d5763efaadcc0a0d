package dk.sosuhub.core.api.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Platform users. Passwords are stored only as salted hashes. */
public interface UserService {

    record User(String username, Set<Role> roles, String municipality) {
    }

    record NewUser(String username, String password, Set<Role> roles, String municipality) {
    }

    /** Creates a user; a municipality admin may only create users in its own municipality. */
    User create(Caller creator, NewUser user);

    List<User> list(Caller caller, String municipality);

    void delete(Caller caller, String username);

    /** @return the caller if the credentials are right, the user exists and is active (demo users only in demo mode) */
    Optional<Caller> authenticate(String username, String password);
}
