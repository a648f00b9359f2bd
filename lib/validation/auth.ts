import { z } from 'zod';
import { PASSWORD_MAX, PASSWORD_MIN } from '@/lib/auth/password';
import { emailField } from './common';

export const signInSchema = z.object({
  email: emailField,
  // Not trimmed: spaces may be part of a password.
  password: z
    .string({ error: 'Password is required.' })
    .min(1, { error: 'Password is required.' })
    .max(PASSWORD_MAX, { error: `Password must be at most ${PASSWORD_MAX} characters.` }),
});

/**
 * The e-mail a link may fill in on the sign-in page (`/sign-in?email=…`, after setting a
 * password), when it is one valid address; anything else fills in nothing. An address is not a
 * secret; a password or a token never goes in a URL.
 */
export function prefilledEmail(raw: string | string[] | undefined): string | undefined {
  const parsed = emailField.safeParse(Array.isArray(raw) ? raw[0] : raw);
  return parsed.success ? parsed.data : undefined;
}

export const newPasswordField = z
  .string({ error: 'Choose a password.' })
  .min(PASSWORD_MIN, { error: `Use at least ${PASSWORD_MIN} characters.` })
  .max(PASSWORD_MAX, { error: `Use at most ${PASSWORD_MAX} characters.` });

export const setPasswordSchema = z
  .object({ password: newPasswordField, confirm: z.string({ error: 'Type the password again.' }) })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], error: 'The two passwords do not match.' });

export const changePasswordSchema = z
  .object({
    current: z.string({ error: 'Enter your current password.' }).min(1, { error: 'Enter your current password.' }).max(PASSWORD_MAX),
    password: newPasswordField,
    confirm: z.string({ error: 'Type the new password again.' }),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], error: 'The two passwords do not match.' });
