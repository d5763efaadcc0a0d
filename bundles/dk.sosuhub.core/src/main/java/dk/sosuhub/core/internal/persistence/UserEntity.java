package dk.sosuhub.core.internal.persistence;

import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.core.api.security.UserService.User;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

@Entity
@Table(name = "app_user")
public class UserEntity {

    @Id
    private String username;

    @Column(name = "password_hash")
    private String passwordHash;

    /** Comma-separated wire names, e.g. {@code municipality-admin,integrator}. */
    private String roles;

    private String municipality;

    /** Demo users exist for trying the platform out and can only sign in while demo mode is on. */
    private boolean demo;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    private String email;

    /** A student user's own student record. */
    @Column(name = "student_id")
    private Long studentId;

    /** For a user of a municipality's identity provider: the provider's issuer and the person's subject there. */
    @Column(name = "federated_id")
    private String federatedId;

    protected UserEntity() {
    }

    public UserEntity(String username, String passwordHash, Set<Role> roles, String municipality, boolean demo) {
        this.username = username;
        this.passwordHash = passwordHash;
        setRoles(roles);
        this.municipality = municipality;
        this.demo = demo;
        this.createdAt = LocalDateTime.now();
    }

    public String username() { return username; }

    public String passwordHash() { return passwordHash; }

    public String municipality() { return municipality; }

    public boolean demo() { return demo; }

    public String email() { return email; }

    public Long studentId() { return studentId; }

    public String federatedId() { return federatedId; }

    public void setFederatedId(String federatedId) { this.federatedId = federatedId; }

    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }

    public void setRoles(Set<Role> roles) {
        this.roles = roles.stream().map(Role::wireName).sorted().collect(Collectors.joining(","));
    }

    public void setContact(String email, Long studentId) {
        this.email = email;
        this.studentId = studentId;
    }

    public Set<Role> roles() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).map(Role::fromWireName).forEach(r -> r.ifPresent(set::add));
        return set;
    }

    public User toModel() {
        return new User(username, roles(), municipality, email, studentId);
    }
}
