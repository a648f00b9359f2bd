/**
 * Where the end-to-end run's servers listen: the app on E2E_PORT, and beside it a real SMTP
 * server (with a small HTTP API the tests read mail through) and a real OpenID provider.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const SMTP_PORT = E2E_PORT + 1;
export const MAIL_API_PORT = E2E_PORT + 2;
export const OIDC_PORT = E2E_PORT + 3;

export const APP_URL = `http://127.0.0.1:${E2E_PORT}`;
export const MAIL_API = `http://127.0.0.1:${MAIL_API_PORT}`;
export const OIDC_ISSUER = `http://127.0.0.1:${OIDC_PORT}`;
export const OIDC_CLIENT = { id: 'horses-mouth-e2e', secret: 'e2e-client-secret-not-for-production', name: 'Campus ID' };

/** Mail to this domain is refused (550) until a test allows the address (POST /allow). */
export const REFUSED_DOMAIN = 'refused.test';
