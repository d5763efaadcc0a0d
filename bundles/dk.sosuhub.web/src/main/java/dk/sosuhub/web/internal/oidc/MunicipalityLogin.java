package dk.sosuhub.web.internal.oidc;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import dk.sosuhub.core.api.security.Role;
import dk.sosuhub.core.api.security.UserService.FederatedIdentity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import java.net.URI;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One municipality's own identity provider (OpenID Connect), configured as a factory configuration
 * {@code dk.sosuhub.oidc~<name>} (e.g. {@code etc/dk.sosuhub.oidc~frederikssund.cfg}). Its users sign in with the
 * authorization code flow with PKCE; the ID token's signature, issuer, audience, expiry and nonce are checked with
 * the Nimbus SDK; the claim {@code roleClaim} is mapped to platform roles by {@code roleMapping}. Whatever the
 * provider says, its users belong to {@code municipality} and to no other.
 */
@Component(service = MunicipalityLogin.class, configurationPid = "dk.sosuhub.oidc",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = MunicipalityLogin.Config.class, factory = true)
public final class MunicipalityLogin {

    @ObjectClassDefinition(name = "SOSU Hub: a municipality's identity provider (OpenID Connect)")
    public @interface Config {
        @AttributeDefinition(description = "The municipality's code, e.g. 250")
        String municipality();

        @AttributeDefinition(description = "The provider's issuer URL (https; http only for localhost); its "
                + "/.well-known/openid-configuration is read on first use")
        String issuer();

        @AttributeDefinition(name = "client id")
        String clientId();

        @AttributeDefinition(name = "client secret", type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
        String clientSecret();

        @AttributeDefinition(description = "Scopes asked for, besides openid")
        String[] scopes() default {"profile", "email"};

        @AttributeDefinition(description = "The ID token claim that holds the person's groups or roles (a string or a list)")
        String roleClaim() default "roles";

        @AttributeDefinition(description = "Claim value = platform role, e.g. 'SOSU-Vejledere=supervisor'; roles: "
                + "municipality-admin, education-team, supervisor, integrator, student (never platform-admin)")
        String[] roleMapping() default {};

        @AttributeDefinition(description = "The claim that names the person's login, for the platform username")
        String loginClaim() default "preferred_username";

        @AttributeDefinition(description = "The redirect URI registered at the provider; empty: this platform's "
                + "/api/v1/session/oidc/callback as the browser reached it")
        String redirectUri() default "";
    }

    private static final int TIMEOUT_MILLIS = 5_000;
    /** Signature algorithms accepted on ID tokens, the provider's choice among them; never "none" or HMAC. */
    private static final List<JWSAlgorithm> ALGORITHMS = List.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256,
            JWSAlgorithm.ES256, JWSAlgorithm.RS384, JWSAlgorithm.RS512, JWSAlgorithm.ES384);

    private final String municipality;
    private final Issuer issuer;
    private final ClientID clientId;
    private final Secret secret;
    private final Scope scope;
    private final String roleClaim;
    private final Map<String, Role> roleMapping;
    private final String loginClaim;
    private final String redirectUri;

    /** The provider's metadata and ID token validator, read on first use (the provider may be down at boot). */
    private volatile Provider provider;

    private record Provider(OIDCProviderMetadata metadata, IDTokenValidator validator) {
    }

    @Activate
    public MunicipalityLogin(Config config) {
        this(config.municipality(), config.issuer(), config.clientId(), config.clientSecret(), config.scopes(),
                config.roleClaim(), config.roleMapping(), config.loginClaim(), config.redirectUri());
    }

    MunicipalityLogin(String municipality, String issuer, String clientId, String clientSecret, String[] scopes,
                      String roleClaim, String[] roleMapping, String loginClaim, String redirectUri) {
        if (municipality == null || !municipality.matches("\\d{3}")) {
            throw new IllegalArgumentException("municipality must be a municipality code such as 250");
        }
        URI issuerUri = URI.create(issuer == null ? "" : issuer.strip());
        boolean local = "localhost".equals(issuerUri.getHost()) || "127.0.0.1".equals(issuerUri.getHost());
        if (!"https".equals(issuerUri.getScheme()) && !("http".equals(issuerUri.getScheme()) && local)) {
            throw new IllegalArgumentException("issuer must be an https URL (http only for localhost): " + issuer);
        }
        if (clientId == null || clientId.isBlank() || clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalArgumentException("clientId and clientSecret are required");
        }
        this.municipality = municipality;
        this.issuer = new Issuer(issuerUri);
        this.clientId = new ClientID(clientId.strip());
        this.secret = new Secret(clientSecret.strip());
        Scope s = new Scope("openid");
        for (String extra : scopes == null ? new String[0] : scopes) {
            if (extra != null && !extra.isBlank()) {
                s.add(extra.strip());
            }
        }
        this.scope = s;
        this.roleClaim = roleClaim;
        this.roleMapping = parseRoleMapping(roleMapping);
        this.loginClaim = loginClaim;
        this.redirectUri = redirectUri == null || redirectUri.isBlank() ? null : redirectUri.strip();
    }

    /** {@code value=role} pairs; platform-admin is refused: a municipality's provider speaks for its municipality only. */
    static Map<String, Role> parseRoleMapping(String[] entries) {
        Map<String, Role> mapping = new LinkedHashMap<>();
        for (String entry : entries == null ? new String[0] : entries) {
            int eq = entry.lastIndexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("roleMapping entries are 'claim value=role': " + entry);
            }
            Role role = Role.fromWireName(entry.substring(eq + 1).strip())
                    .orElseThrow(() -> new IllegalArgumentException("no such role in roleMapping: " + entry));
            if (role == Role.PLATFORM_ADMIN) {
                throw new IllegalArgumentException("a municipality's provider cannot grant platform-admin");
            }
            mapping.put(entry.substring(0, eq).strip(), role);
        }
        return Map.copyOf(mapping);
    }

    public String municipality() {
        return municipality;
    }

    String issuer() {
        return issuer.getValue();
    }

    /** The redirect URI to use: the configured one, or the callback at the address the browser used. */
    URI redirectUri(URI callbackAsReached) {
        return redirectUri != null ? URI.create(redirectUri) : callbackAsReached;
    }

    /** Where to send the browser: the provider's authorization endpoint with state, nonce and the PKCE challenge. */
    URI authorizationUri(State state, Nonce nonce, CodeVerifier verifier, URI redirect) throws Exception {
        return new AuthenticationRequest.Builder(new ResponseType(ResponseType.Value.CODE), scope, clientId, redirect)
                .endpointURI(provider().metadata().getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build()
                .toURI();
    }

    /**
     * Redeems the authorization code (with the PKCE verifier and the client secret) and checks the ID token.
     *
     * @throws SignInFailed with a reason for the log; the user only learns that it failed
     */
    FederatedIdentity redeem(String code, CodeVerifier verifier, Nonce nonce, URI redirect) throws SignInFailed {
        Provider p;
        try {
            p = provider();
        } catch (Exception e) {
            throw new SignInFailed("the provider's metadata could not be read: " + e.getMessage());
        }
        IDTokenClaimsSet claims;
        try {
            HTTPRequest request = new TokenRequest(p.metadata().getTokenEndpointURI(), new ClientSecretBasic(clientId, secret),
                    new AuthorizationCodeGrant(new AuthorizationCode(code), redirect, verifier)).toHTTPRequest();
            request.setConnectTimeout(TIMEOUT_MILLIS);
            request.setReadTimeout(TIMEOUT_MILLIS);
            TokenResponse response = OIDCTokenResponseParser.parse(request.send());
            if (!response.indicatesSuccess()) {
                var error = response.toErrorResponse().getErrorObject();
                throw new SignInFailed("the token endpoint refused the code: HTTP " + error.getHTTPStatusCode() + " "
                        + error.getCode() + " " + error.getDescription());
            }
            OIDCTokens tokens = (OIDCTokens) response.toSuccessResponse().getTokens();
            JWT idToken = tokens.getIDToken();
            if (idToken == null) {
                throw new SignInFailed("the token response has no ID token");
            }
            claims = p.validator().validate(idToken, nonce);
        } catch (SignInFailed e) {
            throw e;
        } catch (Exception e) {
            throw new SignInFailed("the ID token was not accepted: " + e.getMessage());
        }
        String login = claims.getStringClaim(loginClaim);
        return new FederatedIdentity(municipality, issuer.getValue(), claims.getSubject().getValue(),
                login != null ? login : claims.getSubject().getValue(), roles(claims.getClaim(roleClaim)),
                claims.getStringClaim("email"));
    }

    /** The platform roles of a claim's value (a string, or a list of strings). */
    Set<Role> roles(Object claim) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Collection<?> values = claim instanceof Collection<?> c ? c : claim == null ? List.of() : List.of(claim);
        for (Object value : values) {
            Role role = roleMapping.get(String.valueOf(value));
            if (role != null) {
                roles.add(role);
            }
        }
        return roles;
    }

    private Provider provider() throws Exception {
        Provider p = provider;
        if (p == null) {
            synchronized (this) {
                p = provider;
                if (p == null) {
                    OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(issuer, TIMEOUT_MILLIS, TIMEOUT_MILLIS);
                    JWSAlgorithm algorithm = ALGORITHMS.stream()
                            .filter(a -> metadata.getIDTokenJWSAlgs() == null || metadata.getIDTokenJWSAlgs().contains(a))
                            .findFirst()
                            .orElseThrow(() -> new IllegalStateException("the provider signs ID tokens with no algorithm "
                                    + "accepted here: " + metadata.getIDTokenJWSAlgs()));
                    p = new Provider(metadata, new IDTokenValidator(metadata.getIssuer(), clientId, algorithm,
                            metadata.getJWKSetURI().toURL()));
                    provider = p;
                }
            }
        }
        return p;
    }

    /** Why a sign-in with the provider did not succeed; for the log, never shown to the user. */
    static final class SignInFailed extends Exception {
        SignInFailed(String reason) {
            super(reason);
        }
    }
}
