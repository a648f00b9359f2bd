import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { DistributionChart } from '../components/grading/DistributionChart';
import { MethodChart } from '../components/overview/MethodChart';
import { DISTRIBUTION_BANDS } from '../lib/grading/vocabulary';
import { METHOD_STEPS } from '../lib/overview/vocabulary';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The charts are SVG drawn to a fixed viewBox: text that runs past it is cut off without a scroll
// bar, which the page-overflow check cannot see. Each is drawn here in the browser's own font with
// the largest figures a centre has, and every label is measured against the drawing's box.

async function textOutsideTheDrawing(page: Page, markup: string): Promise<string[]> {
  await page.setContent(`<body style="margin:0; font-family: sans-serif"><main style="width: 600px">${markup}</main></body>`);
  return page.locator('svg').first().evaluate((svg: SVGSVGElement) => {
    const box = svg.viewBox.baseVal;
    return [...svg.querySelectorAll('text')]
      .map((t) => ({ text: t.textContent ?? '', b: t.getBBox() }))
      .filter(({ b }) => b.x < box.x || b.y < box.y || b.x + b.width > box.x + box.width || b.y + b.height > box.y + box.height)
      .map(({ text, b }) => `${text}: x ${b.x.toFixed(0)}–${(b.x + b.width).toFixed(0)}, y ${b.y.toFixed(0)}–${(b.y + b.height).toFixed(0)} in ${box.width}×${box.height}`);
  });
}

test('the method chart’s labels and figures fit inside its drawing, for a section of 20,000 students', async ({ page }) => {
  const steps = Object.fromEntries(METHOD_STEPS.map((s) => [s, 20_000])) as Record<(typeof METHOD_STEPS)[number], number>;
  expect(await textOutsideTheDrawing(page, renderToStaticMarkup(createElement(MethodChart, { students: 20_000, steps, sectionName: 'CAPS 1100 S001' })))).toEqual([]);
  await expect(page.locator('svg text').filter({ hasText: '20,000 (100%)' })).toHaveCount(METHOD_STEPS.length);
});

test('on a phone the method chart is drawn near its own size: its labels read at least 12 px and do not run into the figures', async ({ page }) => {
  const steps = Object.fromEntries(METHOD_STEPS.map((s) => [s, 20_000])) as Record<(typeof METHOD_STEPS)[number], number>;
  // A 390 px phone less the page's and the card's padding leaves the chart about 326 px.
  await page.setContent(`<body style="margin:0; font-family: sans-serif"><main style="width: 326px">${renderToStaticMarkup(createElement(MethodChart, { students: 20_000, steps, sectionName: 'CAPS 1100 S001' }))}</main></body>`);
  const drawn = await page.getByTestId('method-chart').evaluate((svg: SVGSVGElement) => {
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const texts = [...svg.querySelectorAll('text')];
    const smallest = Math.min(...texts.map((t) => Number(t.getAttribute('font-size')) * scale));
    // Text on one line (same y) must not overlap: each step's name ends before its figure starts.
    const byLine = new Map<string, DOMRect[]>();
    for (const t of texts) byLine.set(t.getAttribute('y') ?? '', [...(byLine.get(t.getAttribute('y') ?? '') ?? []), t.getBBox()]);
    const overlapping = [...byLine.values()].filter((boxes) => boxes.length > 1 && boxes.some((a, i) => boxes.some((b, j) => i !== j && a.x < b.x + b.width && b.x < a.x + a.width))).length;
    return { smallest, overlapping };
  });
  expect(drawn.smallest).toBeGreaterThanOrEqual(12);
  expect(drawn.overlapping).toBe(0);
});

test('the score distribution’s counts fit inside its drawing, the tallest bar’s too', async ({ page }) => {
  const bands = DISTRIBUTION_BANDS.map((_, i) => (i === 1 ? 2_000 : i * 3));
  expect(await textOutsideTheDrawing(page, renderToStaticMarkup(createElement(DistributionChart, { title: 'Reflection 1', bands, id: 'd1' })))).toEqual([]);
  await expect(page.locator('svg text').filter({ hasText: /^2,000$/ })).toHaveCount(1);
});
