import { AuthError } from 'next-auth';
import { redirect } from 'next/navigation';
import { signIn } from '@/lib/auth';
import { OIDC_PROVIDER_ID, oidcSetup } from '@/lib/auth/oidc';

/**
 * "Sign in with …": starts the authorization code flow (PKCE verifier, state and nonce kept in
 * short-lived cookies) and sends the browser to the institution's provider. A link rather than a
 * form, so it stands apart from the password form's "Sign in" button.
 */
export async function GET(): Promise<never> {
  if (!oidcSetup()) redirect('/sign-in');
  try {
    await signIn(OIDC_PROVIDER_ID, { redirectTo: '/' });
  } catch (error) {
    // The provider could not be reached or its discovery document is wrong.
    if (error instanceof AuthError) redirect('/sign-in?sso=failed');
    throw error; // the redirect to the provider
  }
  redirect('/sign-in?sso=failed');
}
