import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// A server component that imports a value (not a component) from a 'use client' module receives
// a client reference, not the value: `${buttonClass.primary}` rendered class="undefined" on
// "Add an occupation", "Compare interviews" and "Edit". So a client module exports components
// and types only; shared values (class names, labels) live in plain modules such as
// components/ui/controls.ts, importable from both sides.

const root = path.resolve(__dirname, '../..');

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(rel);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

/** The names a module exports as values, other than components (PascalCase functions) and hooks. */
function nonComponentExports(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/^export\s+(?:async\s+)?(const|let|var|function|class|enum)\s+([A-Za-z_$][\w$]*)/gm)) {
    const [, kind, name] = m;
    const pascal = /^[A-Z][a-z0-9]/.test(name);
    // Components, and hooks (only client code can call a hook, so it is never a server import).
    if (kind === 'function' && (pascal || /^use[A-Z]/.test(name))) continue;
    found.push(name);
  }
  for (const m of source.matchAll(/^export\s+\{([^}]*)\}(?!\s*from\s+['"][^'"]+['"]\s*;?\s*$)/gm)) {
    for (const part of m[1].split(',')) {
      const name = part.trim().split(/\s+as\s+/).pop()?.trim();
      if (name && !part.trim().startsWith('type ') && !/^[A-Z][a-z0-9]/.test(name)) found.push(name);
    }
  }
  if (/^export\s+default\s+(?!(async\s+)?function\s+[A-Z])/m.test(source)) found.push('default');
  return found;
}

describe("'use client' modules", () => {
  it('recognise a value export, and let components and types through', () => {
    expect(nonComponentExports("export const buttonClass = { primary: 'x' };\nexport function SubmitButton() {}\nexport type A = 1;")).toEqual(['buttonClass']);
    expect(nonComponentExports('export function useThing() {}\nexport const NAV = [];\nexport { helper, Widget };')).toEqual(['NAV', 'helper']);
    expect(nonComponentExports('export default function ErrorPage() {}\nexport { type Item } from "./x";')).toEqual([]);
  });

  it('export components and types only, never a value a server component could import', () => {
    const offenders = [...sources('app'), ...sources('components')]
      .map((file) => ({ file, source: fs.readFileSync(path.join(root, file), 'utf8') }))
      .filter(({ source }) => /^\s*['"]use client['"]/.test(source))
      .flatMap(({ file, source }) => nonComponentExports(source).map((name) => `${file}: ${name}`));
    expect(offenders).toEqual([]);
  });
});
