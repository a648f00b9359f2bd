import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // The real package throws outside React's server build; tests are server code already.
      { find: /^server-only$/, replacement: path.resolve(root, 'db/testing/server-only-stub.ts') },
    ],
  },
  test: {
    environment: 'node',
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'e2e/**', '.next/**'],
    setupFiles: ['./vitest.setup.ts'],
    pool: 'forks',
    // argon2 is slow on purpose; tests that check several passwords need room on a busy machine.
    testTimeout: 20_000,
    // next-auth imports 'next/server' without an extension; let Vite resolve it.
    server: { deps: { inline: ['next-auth'] } },
  },
});
