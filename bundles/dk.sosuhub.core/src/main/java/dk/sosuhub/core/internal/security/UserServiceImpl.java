package dk.sosuhub.core.internal.security;

import dk.sosuhub.core.api.MunicipalityService;
import dk.sosuhub.core.api.error.ConflictException;
import dk.sosuhub.core.api.error.ForbiddenException;
import dk.sosuhub.core.api.error.NotFoundException;
import dk.sosuhub.core.api.error.ValidationException;
import dk.sosuhub.core.api.error.Validator;
import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.core.api.security.UserService;
import dk.sosuhub.core.api.event.UserEvents;
import dk.sosuhub.core.internal.EventPublisher;
import dk.sosuhub.core.internal.Tx;
import dk.sosuhub.core.internal.persistence.Schema;
import dk.sosuhub.core.internal.persistence.StudentEntity;
import dk.sosuhub.core.internal.persistence.UserEntity;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

@Component(service = {UserService.class, UserServiceImpl.class})
public class UserServiceImpl implements UserService {

    /** HTTP Basic sends the password with every request; a verified one is remembered this long so PBKDF2 runs rarely. */
    private static final long CACHE_MILLIS = 5 * 60 * 1000;

    /**
     * The verified-credentials cache: per user, a salted SHA-256 of the last password that passed PBKDF2, the
     * caller it gave and until when. The password itself is never kept. {@link #invalidate} empties a user's entry.
     */
    private record CachedLogin(byte[] secret, Caller caller, boolean demo, long expires) {
    }

    private final Map<String, CachedLogin> logins = new ConcurrentHashMap<>();
    /** Per-process salt of the cached secrets. */
    private final byte[] salt = PasswordHasher.salt();

    @Reference(target = "(osgi.unit.name=sosuhub)")
    private JpaTemplate jpa;

    @Reference
    private Schema schema;

    @Reference
    private MunicipalityService municipalities;

    @Reference
    private DemoMode demoMode;

    @Reference
    private EventPublisher events;

    @Override
    public User create(Caller creator, NewUser user) {
        Set<Role> roles = user.roles() == null ? Set.of() : user.roles();
        boolean platformAdmin = roles.contains(Role.PLATFORM_ADMIN);
        Validator validator = new Validator()
                .requirePresent(user.username(), "username")
                .require(user.username() == null || user.username().matches("[a-z0-9][a-z0-9._-]{1,63}"), "username",
                        "must be 2-64 characters: lowercase letters, digits, '.', '_' or '-'")
                .require(!roles.isEmpty(), "roles", "at least one role is required")
                .require(platformAdmin || user.municipality() != null, "municipality",
                        "is required for every role but platform-admin")
                .require(!platformAdmin || user.municipality() == null, "municipality",
                        "a platform-admin belongs to no municipality")
                .require(validEmail(user.email()), "email", "must be an e-mail address such as navn@kommune.dk")
                .require(roles.contains(Role.STUDENT) == (user.studentId() != null), "studentId",
                        "is required for, and only for, a user with role student");
        PasswordPolicy.check(validator, "password", user.username(), user.password()).throwIfInvalid();
        if (!creator.isPlatformAdmin()) {
            if (platformAdmin) {
                throw new ForbiddenException("Only a platform administrator may create platform administrators");
            }
            if (!creator.has(Role.MUNICIPALITY_ADMIN) || !creator.canAccess(user.municipality())) {
                throw new ForbiddenException("You may only create users in your own municipality");
            }
        }
        if (user.municipality() != null) {
            municipalities.get(user.municipality());
        }
        return store(user.username(), user.password(), roles, user.municipality(), false, user.email(), user.studentId());
    }

    /** The password hash of a user of a municipality's identity provider: no password matches it. */
    static final String NO_PASSWORD = "federated";

    @Override
    public Optional<Caller> signInFederated(FederatedIdentity identity) {
        new Validator().requirePresent(identity.municipality(), "municipality")
                .requirePresent(identity.issuer(), "issuer").requirePresent(identity.subject(), "subject")
                .throwIfInvalid();
        municipalities.get(identity.municipality());
        String federatedId = identity.issuer() + "#" + identity.subject();
        Set<Role> granted = EnumSet.noneOf(Role.class);
        granted.addAll(identity.roles() == null ? Set.of() : identity.roles());
        granted.remove(Role.PLATFORM_ADMIN);
        String email = validEmail(identity.email()) ? blankToNull(identity.email()) : null;
        record SignedIn(String username, Set<Role> roles, Long studentId, boolean changed) {
        }
        SignedIn signedIn = Tx.run(jpa, em -> {
            UserEntity entity = em.createQuery("select u from UserEntity u where u.municipality = :m "
                            + "and u.federatedId = :f", UserEntity.class)
                    .setParameter("m", identity.municipality()).setParameter("f", federatedId)
                    .getResultStream().findFirst().orElse(null);
            Set<Role> roles = EnumSet.copyOf(granted);
            if (entity == null || entity.studentId() == null) {
                roles.remove(Role.STUDENT);
            }
            if (entity == null) {
                if (roles.isEmpty()) {
                    return new SignedIn(null, roles, null, false);
                }
                String login = identity.login() != null && !identity.login().isBlank() ? identity.login() : identity.subject();
                entity = new UserEntity(freeUsername(em, identity.municipality(), login), NO_PASSWORD, roles,
                        identity.municipality(), false);
                entity.setFederatedId(federatedId);
                entity.setContact(email, null);
                em.persist(entity);
                return new SignedIn(entity.username(), roles, null, false);
            }
            boolean changed = !entity.roles().equals(roles);
            entity.setRoles(roles);
            entity.setContact(email, entity.studentId());
            return new SignedIn(entity.username(), roles, roles.contains(Role.STUDENT) ? entity.studentId() : null, changed);
        });
        if (signedIn.changed()) {
            invalidate(signedIn.username());
            events.sendUserEvent(UserEvents.CHANGED, signedIn.username());
        }
        return signedIn.roles().isEmpty() ? Optional.empty()
                : Optional.of(new Caller(signedIn.username(), signedIn.roles(), identity.municipality(), signedIn.studentId()));
    }

    /**
     * {@code <municipality>:<login>}, the login reduced to the characters of usernames. The colon keeps it apart from
     * every username made with a password (and out of HTTP Basic, which ends a username at the first colon).
     */
    private static String freeUsername(EntityManager em, String municipality, String login) {
        String base = municipality + ":" + login.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._@-]", "-");
        base = base.length() > 58 ? base.substring(0, 58) : base;
        String username = base;
        for (int n = 2; em.find(UserEntity.class, username) != null; n++) {
            username = base + "-" + n;
        }
        return username;
    }

    @Override
    public void changeOwnPassword(Caller caller, String currentPassword, String newPassword) {
        String username = caller.username();
        boolean federated = Tx.run(jpa, em -> {
            UserEntity entity = em.find(UserEntity.class, username);
            return entity == null || entity.federatedId() != null;
        });
        if (federated) {
            throw new ForbiddenException("You sign in with your municipality's login; change your password there");
        }
        PasswordPolicy.check(new Validator().requirePresent(currentPassword, "currentPassword"), "newPassword", username,
                newPassword).throwIfInvalid();
        if (authenticate(username, currentPassword).isEmpty()) {
            throw new ForbiddenException("The current password is wrong");
        }
        String hash = PasswordHasher.hash(newPassword);
        Tx.run(jpa, em -> {
            em.find(UserEntity.class, username).setPasswordHash(hash);
            return null;
        });
        invalidate(username);
        events.sendUserEvent(UserEvents.CHANGED, username);
    }

    @Override
    public User update(Caller caller, String username, UserChange change) {
        UserChange c = change != null ? change : new UserChange(null, null, null, null);
        Set<Role> roles = c.roles() == null ? Set.of() : c.roles();
        Validator validator = c.password() == null ? new Validator()
                : PasswordPolicy.check(new Validator(), "password", username, c.password());
        validator
                .require(!roles.isEmpty(), "roles", "at least one role is required")
                .require(validEmail(c.email()), "email", "must be an e-mail address such as navn@kommune.dk")
                .require(roles.contains(Role.STUDENT) == (c.studentId() != null), "studentId",
                        "is required for, and only for, a user with role student")
                .throwIfInvalid();
        User updated = Tx.run(jpa, em -> {
            UserEntity entity = em.find(UserEntity.class, username);
            if (entity == null || !caller.canAccess(entity.municipality())) {
                throw new NotFoundException("No user " + username);
            }
            if (!caller.isPlatformAdmin() && (!caller.has(Role.MUNICIPALITY_ADMIN) || roles.contains(Role.PLATFORM_ADMIN)
                    || entity.roles().contains(Role.PLATFORM_ADMIN))) {
                throw new ForbiddenException("You may only change the users of your own municipality");
            }
            if (roles.contains(Role.PLATFORM_ADMIN) != (entity.municipality() == null)) {
                throw new ValidationException("roles", entity.municipality() == null
                        ? "a user without a municipality must stay a platform-admin"
                        : "a user of a municipality cannot be a platform-admin");
            }
            requireStudentOf(em, entity.municipality(), c.studentId());
            entity.setRoles(roles);
            entity.setContact(blankToNull(c.email()), c.studentId());
            if (c.password() != null) {
                entity.setPasswordHash(PasswordHasher.hash(c.password()));
            }
            return entity.toModel();
        });
        invalidate(username);
        events.sendUserEvent(UserEvents.CHANGED, username);
        return updated;
    }

    @Override
    public Optional<User> get(Caller caller, String username) {
        return Tx.run(jpa, em -> Optional.ofNullable(em.find(UserEntity.class, username)))
                .filter(u -> caller.canAccess(u.municipality()))
                .map(UserEntity::toModel);
    }

    private static void requireStudentOf(EntityManager em, String municipality, Long studentId) {
        if (studentId == null) {
            return;
        }
        StudentEntity student = em.find(StudentEntity.class, studentId);
        if (student == null || !student.municipality().equals(municipality)) {
            throw new ValidationException("studentId", "must be a student of municipality " + municipality);
        }
    }

    static boolean validEmail(String email) {
        return email == null || email.isBlank()
                || (email.length() <= 254 && email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Stores a user without the API's rules; for demo data and the shell. */
    public User store(String username, String password, Set<Role> roles, String municipality, boolean demo) {
        return store(username, password, roles, municipality, demo, null, null);
    }

    /** Stores a user with a hash made beforehand ({@link PasswordHasher#wellFormed}); for demo data. */
    public User storeHashed(String username, String passwordHash, Set<Role> roles, String municipality, boolean demo) {
        if (!PasswordHasher.wellFormed(passwordHash)) {
            throw new IllegalArgumentException("Not a password hash of the form pbkdf2-sha256$<iterations>$<salt>$<hash>");
        }
        return storeWithHash(username, passwordHash, roles, municipality, demo, null, null);
    }

    private User store(String username, String password, Set<Role> roles, String municipality, boolean demo,
                       String email, Long studentId) {
        return storeWithHash(username, PasswordHasher.hash(password), roles, municipality, demo, email, studentId);
    }

    private User storeWithHash(String username, String passwordHash, Set<Role> roles, String municipality,
                               boolean demo, String email, Long studentId) {
        User created = Tx.run(jpa, em -> {
            if (em.find(UserEntity.class, username) != null) {
                throw new ConflictException("User " + username + " already exists", List.of(username));
            }
            requireStudentOf(em, municipality, studentId);
            UserEntity entity = new UserEntity(username, passwordHash, roles, municipality, demo);
            entity.setContact(blankToNull(email), studentId);
            em.persist(entity);
            return entity.toModel();
        });
        invalidate(username);
        return created;
    }

    public boolean exists(String username) {
        return Tx.run(jpa, em -> em.find(UserEntity.class, username) != null);
    }

    @Override
    public List<User> list(Caller caller, String municipality) {
        if (municipality == null && !caller.isPlatformAdmin()) {
            municipality = caller.municipality();
        }
        if (municipality != null && !caller.canAccess(municipality)) {
            throw new ForbiddenException("You may only list users in your own municipality");
        }
        String m = municipality;
        return Tx.run(jpa, em -> (m == null
                ? em.createQuery("select u from UserEntity u order by u.username", UserEntity.class)
                : em.createQuery("select u from UserEntity u where u.municipality = :m order by u.username", UserEntity.class)
                    .setParameter("m", m))
                .getResultList().stream().map(UserEntity::toModel).toList());
    }

    @Override
    public void delete(Caller caller, String username) {
        Tx.run(jpa, em -> {
            UserEntity entity = em.find(UserEntity.class, username);
            if (entity == null || !caller.canAccess(entity.municipality())) {
                throw new NotFoundException("No user " + username);
            }
            em.remove(entity);
            return null;
        });
        invalidate(username);
        events.sendUserEvent(UserEvents.REMOVED, username);
    }

    /**
     * The invalidation hook of the verified-credentials cache: forgets at once what {@link #authenticate} remembered
     * of the user, so that the next request with any password is checked against the database again. Every change
     * of a user's password, roles or municipality, and a user's removal, must call it after committing (creating
     * and deleting a user here do); nothing else ever needs to.
     */
    public void invalidate(String username) {
        if (username != null) {
            logins.remove(username);
        }
    }

    /** Forgets every verified credential (e.g. when demo mode or the user table changes wholesale). */
    public void invalidateAll() {
        logins.clear();
    }

    @Override
    public Optional<Caller> authenticate(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        byte[] secret = secret(username, password);
        CachedLogin cached = logins.get(username);
        long now = System.currentTimeMillis();
        if (cached != null && cached.expires() > now && MessageDigest.isEqual(cached.secret(), secret)
                && (!cached.demo() || demoMode.active())) {
            return Optional.of(cached.caller());
        }
        Optional<UserEntity> user = Tx.run(jpa, em -> Optional.ofNullable(em.find(UserEntity.class, username)));
        if (user.isEmpty()) {
            PasswordHasher.verifyNothing(password);
            return Optional.empty();
        }
        UserEntity u = user.get();
        if (u.federatedId() != null) {
            PasswordHasher.verifyNothing(password);
            return Optional.empty();
        }
        if (!PasswordHasher.verify(password, u.passwordHash()) || (u.demo() && !demoMode.active())) {
            return Optional.empty();
        }
        if (PasswordHasher.needsUpgrade(u.passwordHash())) {
            upgradeHash(username, u.passwordHash(), password);
        }
        Caller caller = new Caller(u.username(), u.roles(), u.municipality(), u.studentId());
        logins.put(username, new CachedLogin(secret, caller, u.demo(), now + CACHE_MILLIS));
        return Optional.of(caller);
    }

    /** Replaces an old hash with one of today's strength, unless the password was changed in the meantime. */
    private void upgradeHash(String username, String oldHash, String password) {
        String newHash = PasswordHasher.hash(password);
        Tx.run(jpa, em -> {
            UserEntity entity = em.find(UserEntity.class, username);
            if (entity != null && entity.passwordHash().equals(oldHash)) {
                entity.setPasswordHash(newHash);
            }
            return null;
        });
    }

    private byte[] secret(String username, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
