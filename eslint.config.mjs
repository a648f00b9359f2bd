import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

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
    // Components present data; lib/ reads and authorises it.
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@/db', '@/db/*', '**/db/*'], message: 'components/ never imports db/: go through lib/.' }] }],
    },
  },
  globalIgnores(['.next/**', '.next-*/**', 'node_modules/**', 'data/**', '.e2e/**', 'drizzle/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts']),
]);
