export const WRONG_CREDENTIALS = 'That e-mail and password do not match an active account. Check both and try again.';

export function throttledMessage(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  const wait = seconds < 60 ? `${seconds} second${seconds === 1 ? '' : 's'}` : `${minutes} minute${minutes === 1 ? '' : 's'}`;
  return `Too many failed attempts. Try again in ${wait}.`;
}
