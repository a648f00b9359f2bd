import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const NEXT_LINK = { name: 'next/link', message: "Use components/ui/Link: it does not prefetch (every page is dynamic; a prefetch is a server render never reused)." };

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Playwright fixtures call their continuation `use`; it is not React's hook.
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // Links go through components/ui/Link (no prefetching: every page is dynamic).
    files: ['app/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: [NEXT_LINK] }] },
  },
  {
    // Components present data; lib/ reads and authorises it.
    files: ['components/**/*.{ts,tsx}'],
    ignores: ['components/ui/Link.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [NEXT_LINK],
          patterns: [
            { group: ['@/db', '@/db/*', '**/db/*'], message: 'components/ never imports db/: go through lib/.' },
            // A schema module runs its zod calls on import, so a client component would carry them to the browser.
            { group: ['@/lib/validation/*'], message: "components/ never imports lib/validation: a name shared with a form lives in its feature's zod-free vocabulary module." },
          ],
        },
      ],
    },
  },
  globalIgnores(['.next/**', '.next-*/**', 'node_modules/**', 'data/**', '.e2e/**', 'drizzle/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts']),
]);
