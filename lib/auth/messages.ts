export const WRONG_CREDENTIALS = 'That e-mail and password do not match an active account. Check both and try again.';

export function throttledMessage(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  const wait = seconds < 60 ? `${seconds} second${seconds === 1 ? '' : 's'}` : `${minutes} minute${minutes === 1 ? '' : 's'}`;
  return `Too many failed attempts. Try again in ${wait}.`;
}

/** Why a single sign-on did not let someone in, as the sign-in page says it (`?sso=` or next-auth's `?error=`). */
export function ssoMessage(code: string | undefined, providerName: string): string | null {
  switch (code) {
    case undefined:
      return null;
    case 'unknown':
      return `Your ${providerName} account's e-mail does not match an account here. Ask the career centre to make one for you.`;
    case 'unverified':
      return `${providerName} did not confirm a verified e-mail address for you, so it cannot sign you in here.`;
    case 'inactive':
      return 'This account is deactivated. Ask the career centre if you think that is a mistake.';
    default:
      return `Signing in with ${providerName} did not work. Please try again.`;
  }
}
