package dk.sosuhub.core.internal.persistence;

import dk.sosuhub.core.api.security.ApiTokens.TokenInfo;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

@Entity
@Table(name = "api_token")
public class ApiTokenEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String name;

    @Column(name = "token_hash")
    private String tokenHash;

    /** UTC. */
    @Column(name = "created_at")
    private LocalDateTime createdAt;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    protected ApiTokenEntity() {
    }

    public ApiTokenEntity(String username, String name, String tokenHash, LocalDateTime createdAt, LocalDate expiresOn) {
        this.username = username;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresOn = expiresOn;
    }

    public Long id() { return id; }

    public String username() { return username; }

    public LocalDate expiresOn() { return expiresOn; }

    public TokenInfo toInfo() {
        return new TokenInfo(id, name, createdAt.toInstant(ZoneOffset.UTC), expiresOn);
    }
}
