import zlib from 'node:zlib';
import { expect, type Page } from '@playwright/test';

// What axe does not see, measured in the page itself. Each check returns what it found (so a
// failure names the element) and has an `expect…` wrapper for specs. `e2e/checks.spec.ts` proves
// each one fails on a small page with the slip it looks for.

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };

export type ContrastProblem = { element: string; text: string; color: string; background: string; ratio: number; required: number };

/**
 * Text whose colour does not contrast with the background it is drawn on (WCAG AA: 4.5:1, or
 * 3:1 for large text). Every visible text is measured — controls (buttons, links, pills, labels)
 * first among them — against its *effective* background: the element's own and its ancestors'
 * background colours composited down to the page. Disabled controls are exempt, as in WCAG.
 */
export async function findContrastProblems(page: Page): Promise<ContrastProblem[]> {
  return page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 1;
    canvas.height = 1;
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    const cache = new Map<string, [number, number, number, number]>();
    /** Any CSS colour (oklch included) as sRGB 0–255 and alpha 0–1, through the canvas. */
    const rgba = (css: string): [number, number, number, number] => {
      const hit = cache.get(css);
      if (hit) return hit;
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = '#000';
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
      // Canvas stores premultiplied alpha; undo it for a colour that is not opaque.
      const out: [number, number, number, number] = a === 0 ? [0, 0, 0, 0] : [r, g, b, a / 255];
      cache.set(css, out);
      return out;
    };
    const over = (top: [number, number, number, number], bottom: [number, number, number]): [number, number, number] => [
      top[0] * top[3] + bottom[0] * (1 - top[3]),
      top[1] * top[3] + bottom[1] * (1 - top[3]),
      top[2] * top[3] + bottom[2] * (1 - top[3]),
    ];
    const luminance = ([r, g, b]: [number, number, number]) => {
      const lin = (c: number) => {
        const s = c / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const ratio = (a: [number, number, number], b: [number, number, number]) => {
      const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (l1 + 0.05) / (l2 + 0.05);
    };
    /** The colour behind an element: its own background and every ancestor's, down to white. */
    const backgroundOf = (el: Element): [number, number, number] => {
      const layers: [number, number, number, number][] = [];
      for (let node: Element | null = el; node; node = node.parentElement) {
        const c = rgba(getComputedStyle(node).backgroundColor);
        if (c[3] > 0) layers.push(c);
        if (c[3] >= 1) break;
      }
      return layers.reduceRight<[number, number, number]>((below, layer) => over(layer, below), [255, 255, 255]);
    };
    const describe = (el: Element) => {
      const id = el.id ? `#${el.id}` : '';
      const cls = el.getAttribute('class') ? `.${el.getAttribute('class')!.trim().split(/\s+/).slice(0, 4).join('.')}` : '';
      return `${el.tagName.toLowerCase()}${id}${cls}`;
    };
    const isDisabled = (el: Element) => !!el.closest('button:disabled, [aria-disabled="true"], fieldset:disabled, input:disabled, select:disabled, textarea:disabled, option:disabled');

    const problems: ContrastProblem[] = [];
    const seen = new Set<Element>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const el = node.parentElement;
      if (!text || !el || seen.has(el)) continue;
      seen.add(el);
      if (el.closest('script, style, noscript, template, [aria-hidden="true"]') || isDisabled(el)) continue;
      const style = getComputedStyle(el);
      if (style.visibility !== 'visible' || Number(style.opacity) === 0) continue;
      const rect = el.getBoundingClientRect();
      // Hidden (display: none anywhere above), or visually hidden for screen readers only.
      if (rect.width <= 1 || rect.height <= 1 || el.closest('.sr-only')) continue;
      const size = parseFloat(style.fontSize);
      const bold = Number(style.fontWeight) >= 700;
      const required = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
      const background = backgroundOf(el);
      const fg = rgba(style.color);
      const color = over(fg, background);
      const r = ratio(color, background);
      if (r < required) {
        problems.push({
          element: describe(el.closest('a, button, label, summary, [role]') ?? el),
          text: text.slice(0, 60),
          color: `rgb(${color.map(Math.round).join(' ')})`,
          background: `rgb(${background.map(Math.round).join(' ')})`,
          ratio: Math.round(r * 100) / 100,
          required,
        });
      }
    }
    return problems;
  });
}

/** Elements whose class attribute holds a value that was never a class: `undefined`, `null`, `false`, `NaN`, `[object Object]`. */
export async function findBogusClassNames(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[class]')]
      .filter((el) => /(^|\s)(undefined|null|false|true|NaN|\[object)(\s|$)/.test(el.getAttribute('class') ?? ''))
      .map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute('class')}">${(el.textContent ?? '').trim().slice(0, 40)}`),
  );
}

export type Overflow = { scrollWidth: number; clientWidth: number; culprits: string[] };

/**
 * Whether the page itself scrolls sideways, and the elements that stick out past the viewport's
 * right edge without a scrolling box of their own around them (the ones to fix).
 */
export async function findPageOverflow(page: Page): Promise<Overflow | null> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return null;
    const width = root.clientWidth;
    // Whether a box between the element and the page clips or scrolls it. An absolutely positioned
    // element (screen-reader-only text is one) is clipped only by a box at or above its containing
    // block: a scrolling box that is not positioned does not hold it, and it widens the page.
    const scrollsItself = (el: Element) => {
      let position = getComputedStyle(el).position;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const style = getComputedStyle(p);
        const containsIt = position === 'fixed' ? style.transform !== 'none' : position !== 'absolute' || style.position !== 'static';
        if (!containsIt) continue;
        const o = style.overflowX;
        if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true;
        position = style.position;
      }
      return false;
    };
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !scrollsItself(el))
      // The innermost ones name the cause; their ancestors only follow.
      .filter((el, _, all) => !all.some((other) => other !== el && el.contains(other)))
      .slice(0, 8)
      .map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> ${(el.textContent ?? '').trim().slice(0, 50)}`);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, culprits };
  });
}

/**
 * Text squeezed into a column a few letters wide: an element holding a run of words that is
 * narrower than eight of its own characters and wraps onto three or more lines.
 */
export async function findCrushedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const el = node.parentElement;
      if (text.length < 16 || !el || seen.has(el)) continue;
      seen.add(el);
      if (el.closest('.sr-only, [aria-hidden="true"], script, style')) continue;
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1 || style.display === 'inline') continue;
      const size = parseFloat(style.fontSize);
      const lineHeight = parseFloat(style.lineHeight) || size * 1.5;
      const charWidth = size * 0.5; // a generous average for a sans-serif
      if (rect.width < 8 * charWidth && rect.height >= 3 * lineHeight - 1) {
        found.push(`<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> ${Math.round(rect.width)}px wide: ${text.slice(0, 50)}`);
      }
    }
    return found;
  });
}

/** The page's height in phone screens (844 px each at 390×844). */
export async function screensTall(page: Page): Promise<number> {
  return page.evaluate(() => (document.scrollingElement ?? document.documentElement).scrollHeight / window.innerHeight);
}

// A build's chunks are content-hashed and shared by most pages: each is fetched and gzipped once per worker.
const gzipBytesBySrc = new Map<string, Promise<number>>();

/** The JavaScript the page's HTML loads (as a modern browser would: nomodule skipped), gzipped, in bytes. */
export async function clientJsGzipBytes(page: Page): Promise<number> {
  const srcs = await page.evaluate(() => [...new Set([...document.querySelectorAll('script[src]:not([nomodule])')].map((s) => (s as HTMLScriptElement).src))]);
  const sizes = srcs.map((src) => {
    let size = gzipBytesBySrc.get(src);
    if (!size) {
      size = page.request.get(src).then(async (response) => zlib.gzipSync(await response.body(), { level: 9 }).length);
      size.catch(() => gzipBytesBySrc.delete(src));
      gzipBytesBySrc.set(src, size);
    }
    return size;
  });
  return (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
}

// —— wrappers for specs: soft, so that one run names every slip on a page ——

export async function expectReadableText(page: Page): Promise<void> {
  const problems = await findContrastProblems(page);
  expect.soft(problems.map((p) => `${p.element} “${p.text}”: ${p.color} on ${p.background} is ${p.ratio}:1, needs ${p.required}:1`), 'text that does not contrast with its background').toEqual([]);
}

export async function expectNoBogusClassNames(page: Page): Promise<void> {
  expect.soft(await findBogusClassNames(page), 'class attributes holding undefined/null/false').toEqual([]);
}

export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await findPageOverflow(page);
  expect.soft(overflow, `the page scrolls sideways${overflow ? ` (${overflow.scrollWidth} > ${overflow.clientWidth}): ${overflow.culprits.join(' | ')}` : ''}`).toBeNull();
}

export async function expectNoCrushedText(page: Page): Promise<void> {
  expect.soft(await findCrushedText(page), 'text squeezed a few letters to a line').toEqual([]);
}
