package dk.sosuhub.core.internal.security;

import dk.sosuhub.core.api.Denmark;
import dk.sosuhub.core.api.error.NotFoundException;
import dk.sosuhub.core.api.error.Validator;
import dk.sosuhub.core.api.security.ApiTokens;
import dk.sosuhub.core.api.security.Caller;
import dk.sosuhub.core.internal.Tx;
import dk.sosuhub.core.internal.persistence.ApiTokenEntity;
import dk.sosuhub.core.internal.persistence.Schema;
import dk.sosuhub.core.internal.persistence.UserEntity;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * API tokens: 256 random bits behind the prefix {@code sosu_}, stored as SHA-256 (a token is too random to guess,
 * so a slow hash would only slow every request down). Looked up on every request, so revoking is immediate.
 */
@Component(service = ApiTokens.class)
public class ApiTokensImpl implements ApiTokens {

    static final String PREFIX = "sosu_";
    static final int MAX_DAYS = 366;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Dates are the municipalities' dates. */

    @Reference(target = "(osgi.unit.name=sosuhub)")
    private JpaTemplate jpa;

    @Reference
    private Schema schema;

    @Reference
    private DemoMode demoMode;

    private final Clock clock = Denmark.CLOCK;

    @Override
    public IssuedToken issue(Caller owner, String name, LocalDate expiresOn) {
        LocalDate today = LocalDate.now(clock);
        new Validator().requirePresent(name == null || name.isBlank() ? null : name, "name")
                .require(name == null || name.strip().length() <= 100, "name", "must be at most 100 characters")
                .requirePresent(expiresOn, "expiresOn")
                .require(expiresOn == null || !expiresOn.isBefore(today), "expiresOn", "must be today or later")
                .require(expiresOn == null || !expiresOn.isAfter(today.plusDays(MAX_DAYS)), "expiresOn",
                        "must be at most a year ahead")
                .throwIfInvalid();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiTokenEntity entity = Tx.run(jpa, em -> {
            if (em.find(UserEntity.class, owner.username()) == null) {
                throw new NotFoundException("No user " + owner.username());
            }
            ApiTokenEntity e = new ApiTokenEntity(owner.username(), name.strip(), hash(token),
                    LocalDateTime.now(Clock.systemUTC()), expiresOn);
            em.persist(e);
            em.flush();
            return e;
        });
        TokenInfo info = entity.toInfo();
        return new IssuedToken(info.id(), info.name(), info.createdAt(), info.expiresOn(), token);
    }

    @Override
    public List<TokenInfo> list(Caller owner) {
        return Tx.run(jpa, em -> em.createQuery("select t from ApiTokenEntity t where t.username = :u order by t.id",
                ApiTokenEntity.class).setParameter("u", owner.username()).getResultList().stream()
                .map(ApiTokenEntity::toInfo).toList());
    }

    @Override
    public void revoke(Caller owner, long id) {
        Tx.run(jpa, em -> {
            ApiTokenEntity token = em.find(ApiTokenEntity.class, id);
            if (token == null || !token.username().equals(owner.username())) {
                throw new NotFoundException("No token " + id);
            }
            em.remove(token);
            return null;
        });
    }

    @Override
    public Optional<Caller> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(token);
        LocalDate today = LocalDate.now(clock);
        return Tx.run(jpa, em -> em.createQuery("select t from ApiTokenEntity t where t.tokenHash = :h", ApiTokenEntity.class)
                .setParameter("h", hash).getResultList().stream().findFirst()
                .filter(t -> !t.expiresOn().isBefore(today))
                .map(t -> em.find(UserEntity.class, t.username()))
                .filter(u -> u != null && (!u.demo() || demoMode.active()))
                .map(u -> new Caller(u.username(), u.roles(), u.municipality(), u.studentId())));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
