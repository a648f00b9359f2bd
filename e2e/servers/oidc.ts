/**
 * The end-to-end run's identity provider: a real OpenID Connect provider (oidc-provider 8, the
 * last major that runs on Node 20) with one client, the app. Its own login page (the package's
 * development interactions) takes any login and password; the login names the test identity:
 *   "someone@example.test"              that e-mail, verified
 *   "someone@example.test|unverified"   that e-mail, not verified
 * Started by playwright.config.ts.
 */
import Provider from 'oidc-provider';
import { APP_URL, OIDC_CLIENT, OIDC_ISSUER, OIDC_PORT } from './ports';

function identity(login: string) {
  const [email, flag] = login.trim().split('|');
  const local = email.split('@')[0] ?? email;
  const name = local
    .split(/[._-]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join(' ');
  return { email, email_verified: flag !== 'unverified', name };
}

const provider = new Provider(OIDC_ISSUER, {
  clients: [
    {
      client_id: OIDC_CLIENT.id,
      client_secret: OIDC_CLIENT.secret,
      // Exactly the app's callback: 127.0.0.1, not localhost.
      redirect_uris: [`${APP_URL}/api/auth/callback/oidc`],
      response_types: ['code'],
      grant_types: ['authorization_code'],
    },
  ],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  async findAccount(_ctx, id) {
    return { accountId: id, claims: async () => ({ sub: id, ...identity(id) }) };
  },
  // PKCE is required for every client (the v8 default, kept explicit).
  pkce: { required: () => true },
  // Plain http on 127.0.0.1: SameSite=None cookies need https, so Lax; and names of its own,
  // since cookies ignore ports and the app shares the host.
  cookies: {
    names: { session: 'op_session', interaction: 'op_interaction', resume: 'op_resume' },
    long: { sameSite: 'lax', signed: true },
    short: { sameSite: 'lax', signed: true },
    keys: ['e2e-only-cookie-key-0123456789'],
  },
  features: { devInteractions: { enabled: true } },
});

// Why a token request was refused (PKCE, redirect URI, a used code…), in the run's output.
provider.on('grant.error', (_ctx, error) => console.error(`OpenID provider refused a grant: ${error.message} (${(error as { error_detail?: string }).error_detail ?? 'no detail'})`));

provider.listen(OIDC_PORT, () => console.log(`OpenID provider at ${OIDC_ISSUER}`));
