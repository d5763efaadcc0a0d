package dk.sosuhub.core.api.security;

import org.osgi.annotation.versioning.ProviderType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Integrators' API tokens: sent as {@code Authorization: Bearer <token>}, each carries its owner's roles and
 * municipality and no more. Only a hash is stored; the token is returned once, when it is issued. Revoking, or
 * removing the user, ends it at once. Implemented by the platform.
 */
@ProviderType
public interface ApiTokens {

    /** A token as listed: never with its secret. */
    record TokenInfo(long id, String name, Instant createdAt, LocalDate expiresOn) {
    }

    /** A token just issued: {@code token} is the secret, shown this once. */
    record IssuedToken(long id, String name, Instant createdAt, LocalDate expiresOn, String token) {
    }

    /** Issues a token for the caller; it expires at the end of {@code expiresOn} (at most a year ahead). */
    IssuedToken issue(Caller owner, String name, LocalDate expiresOn);

    List<TokenInfo> list(Caller owner);

    /** Revokes one of the caller's tokens; 404 for anybody else's. */
    void revoke(Caller owner, long id);

    /** The owner of a live token, with the owner's roles and municipality as they are now. */
    Optional<Caller> authenticate(String token);
}
