package dk.sosuhub.core.api.security;

import org.osgi.annotation.versioning.ProviderType;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Platform users. Passwords are stored only as salted hashes. Implemented by the platform, used by modules. */
@ProviderType
public interface UserService {

    /**
     * @param email     where the platform sends this user's notifications; {@code null} when none is known
     * @param studentId for a user with role {@code student}: their own student record
     */
    record User(String username, Set<Role> roles, String municipality, String email, Long studentId) {

        public User(String username, Set<Role> roles, String municipality) {
            this(username, roles, municipality, null, null);
        }
    }

    /** @param studentId required for, and only for, a user with role {@code student}: a student of the municipality */
    record NewUser(String username, String password, Set<Role> roles, String municipality, String email, Long studentId) {

        public NewUser(String username, String password, Set<Role> roles, String municipality) {
            this(username, password, roles, municipality, null, null);
        }
    }

    /**
     * What {@link #update} replaces: roles, email and student link; the password only when given. The username
     * and the municipality never change.
     */
    record UserChange(String password, Set<Role> roles, String email, Long studentId) {
    }

    /**
     * A person whom a municipality's own identity provider has signed in (OpenID Connect).
     *
     * @param issuer  the provider's issuer; with {@code subject}, what identifies the person for good
     * @param login   the person's login name at the provider (e.g. its {@code preferred_username}), for the username
     * @param roles   the platform roles the provider's claims map to
     */
    record FederatedIdentity(String municipality, String issuer, String subject, String login, Set<Role> roles,
                             String email) {
    }

    /**
     * The caller for a person whom the municipality's identity provider vouches for. Their platform user is made at
     * the first sign-in, as {@code <municipality>:<login>} without a password (so it can never sign in with one), and
     * its roles and e-mail are replaced by the provider's at every sign-in. The user belongs to the provider's
     * municipality, whatever the claims say. {@code platform-admin} is never given; {@code student} only once an
     * administrator has linked the user to a student record.
     *
     * @return empty when no role remains, i.e. the provider knows the person but the platform has nothing for them
     * @since 1.2
     */
    Optional<Caller> signInFederated(FederatedIdentity identity);

    /**
     * Changes the caller's own password, given the current one. The new one must pass the password rules; every
     * session and remembered sign-in of the user ends, so the old password stops working at once.
     *
     * @throws dk.sosuhub.core.api.error.ForbiddenException when the current password is wrong, or the user signs in
     *         with their municipality's login and has no password here
     * @throws dk.sosuhub.core.api.error.ValidationException when the new password breaks a rule
     * @since 1.2
     */
    void changeOwnPassword(Caller caller, String currentPassword, String newPassword);

    /** Creates a user; a municipality admin may only create users in its own municipality. */
    User create(Caller creator, NewUser user);

    /**
     * Replaces a user's roles, email and student link (and password when given). Signs in made with the old
     * password stop working at once.
     */
    User update(Caller caller, String username, UserChange change);

    List<User> list(Caller caller, String municipality);

    /** A user the caller may see (the caller's own municipality, or any for a platform administrator). */
    Optional<User> get(Caller caller, String username);

    void delete(Caller caller, String username);

    /** @return the caller if the credentials are right, the user exists and is active (demo users only in demo mode) */
    Optional<Caller> authenticate(String username, String password);
}
