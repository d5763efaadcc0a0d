// A real OpenID Connect provider for the integration tests (npm oidc-provider, OpenID Certified): the platform signs
// municipality users in against it with the authorization code flow and PKCE, exactly as against a municipality's
// own identity provider. Development interactions: any login name signs in (the password is not checked); the
// account's claims come from the accounts file, and consent is given at once (a first-party client).
//
//   node provider.mjs <port> <config.json>
//
// config.json: {"clients": [{"client_id", "client_secret", "redirect_uris": [..]}],
//               "accounts": {"<login>": {"name", "email", "roles": [..]}}}
// Prints "listening <issuer>" when ready. Stops on SIGTERM or when its standard input closes.
import { readFileSync } from 'node:fs';
import Provider from 'oidc-provider';

const [port, configFile] = process.argv.slice(2);
const config = JSON.parse(readFileSync(configFile, 'utf8'));
const issuer = `http://localhost:${port}`;

const provider = new Provider(issuer, {
  clients: config.clients.map((c) => ({
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
    ...c,
  })),
  pkce: { required: () => true },
  claims: {
    openid: ['sub'],
    profile: ['name', 'preferred_username'],
    email: ['email'],
    roles: ['roles'],
  },
  scopes: ['openid', 'profile', 'email', 'roles'],
  // Roles and names in the ID token itself, as e.g. Microsoft Entra ID sends them
  conformIdTokenClaims: false,
  async findAccount(ctx, sub) {
    const account = config.accounts[sub] || {};
    return {
      accountId: sub,
      async claims() {
        return {
          sub,
          preferred_username: sub,
          name: account.name || sub,
          email: account.email,
          roles: account.roles || [],
        };
      },
    };
  },
  async loadExistingGrant(ctx) {
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid profile email roles');
    grant.addOIDCClaims(['name', 'preferred_username', 'email', 'roles']);
    await grant.save();
    return grant;
  },
  features: { devInteractions: { enabled: true } },
});
provider.proxy = false;

const server = provider.listen(Number(port), '127.0.0.1', () => {
  console.log(`listening ${issuer}`);
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.stdin.on('end', stop);
process.stdin.resume();
