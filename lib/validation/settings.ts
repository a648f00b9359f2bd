import { z } from 'zod';

const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** E-mail domains, one per line (commas and spaces also separate); an empty list turns it off. */
export const ssoDomainsSchema = z.object({
  domains: z
    .string()
    .max(5000, { error: 'Keep the list under 5,000 characters.' })
    .optional()
    .transform((v) => [...new Set((v ?? '').split(/[\s,;]+/).map((d) => d.trim().toLowerCase().replace(/^@/, '')).filter(Boolean))])
    .pipe(
      z
        .array(z.string().regex(DOMAIN, { error: 'Write each domain like college.edu (no @, no spaces).' }))
        .max(50, { error: 'At most 50 domains.' }),
    ),
});
