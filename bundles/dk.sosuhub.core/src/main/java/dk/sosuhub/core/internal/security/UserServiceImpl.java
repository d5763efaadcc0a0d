package dk.sosuhub.core.internal.security;

import dk.sosuhub.core.api.MunicipalityService;
import dk.sosuhub.core.api.error.ConflictException;
import dk.sosuhub.core.api.error.ForbiddenException;
import dk.sosuhub.core.api.error.NotFoundException;
import dk.sosuhub.core.api.error.Validator;
import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.core.api.security.UserService;
import dk.sosuhub.core.internal.Tx;
import dk.sosuhub.core.internal.persistence.Schema;
import dk.sosuhub.core.internal.persistence.UserEntity;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

@Component(service = {UserService.class, UserServiceImpl.class})
public class UserServiceImpl implements UserService {

    static final int MIN_PASSWORD_LENGTH = 8;
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

    @Override
    public User create(Caller creator, NewUser user) {
        Set<Role> roles = user.roles() == null ? Set.of() : user.roles();
        boolean platformAdmin = roles.contains(Role.PLATFORM_ADMIN);
        new Validator()
                .requirePresent(user.username(), "username")
                .require(user.username() == null || user.username().matches("[a-z0-9][a-z0-9._-]{1,63}"), "username",
                        "must be 2-64 characters: lowercase letters, digits, '.', '_' or '-'")
                .requirePresent(user.password(), "password")
                .require(user.password() == null || user.password().length() >= MIN_PASSWORD_LENGTH, "password",
                        "must be at least " + MIN_PASSWORD_LENGTH + " characters")
                .require(!roles.isEmpty(), "roles", "at least one role is required")
                .require(platformAdmin || user.municipality() != null, "municipality",
                        "is required for every role but platform-admin")
                .require(!platformAdmin || user.municipality() == null, "municipality",
                        "a platform-admin belongs to no municipality")
                .throwIfInvalid();
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
        return store(user.username(), user.password(), roles, user.municipality(), false);
    }

    /** Stores a user without the API's rules; for demo data and the shell. */
    public User store(String username, String password, Set<Role> roles, String municipality, boolean demo) {
        User created = Tx.run(jpa, em -> {
            if (em.find(UserEntity.class, username) != null) {
                throw new ConflictException("User " + username + " already exists", List.of(username));
            }
            UserEntity entity = new UserEntity(username, PasswordHasher.hash(password), roles, municipality, demo);
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
        Optional<UserEntity> user = Tx.run(jpa, em -> Optional.ofNullable(em.find(UserEntity.class, username)))
                .filter(u -> !u.demo() || demoMode.active())
                .filter(u -> PasswordHasher.verify(password, u.passwordHash()));
        user.ifPresent(u -> logins.put(username, new CachedLogin(secret,
                new Caller(u.username(), u.roles(), u.municipality()), u.demo(), now + CACHE_MILLIS)));
        return user.map(u -> new Caller(u.username(), u.roles(), u.municipality()));
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
