import { findBogusClassNames, findContrastProblems, findCrushedText, findPageOverflow, PHONE } from './checks';
import { expect, test } from './fixtures';

// The checks that e2e/pages.spec.ts runs over every page, each shown to fail on a small page
// with the slip it is there to catch, and to pass once the slip is fixed.

const page390 = { viewport: PHONE };

test.describe('readable text', () => {
  // How primary buttons that were links lost their label: an unlayered `a { color }` beats every
  // utility class (Tailwind v4 puts utilities in a cascade layer).
  const button = '<a href="#" class="primary">Add a contact</a>';
  const utilities = '@layer utilities { .primary { background: oklch(43.2% 0.095 166.913); color: white; padding: 8px 16px; border-radius: 6px } }';

  test('a link button whose label takes the page’s link colour fails', async ({ page }) => {
    await page.setContent(`<style>${utilities} a { color: oklch(43.2% 0.095 166.913) }</style><main>${button}</main>`);
    const problems = await findContrastProblems(page);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ text: 'Add a contact', required: 4.5 });
    expect(problems[0].ratio).toBeLessThan(1.1);
  });

  test('the same link passes once the link colour is a base-layer rule', async ({ page }) => {
    await page.setContent(`<style>@layer base, utilities; ${utilities} @layer base { a { color: oklch(43.2% 0.095 166.913) } }</style><main>${button}</main>`);
    expect(await findContrastProblems(page)).toEqual([]);
  });

  test('the background is found on an ancestor, and a translucent one is composited', async ({ page }) => {
    await page.setContent(`
      <div style="background: #065f46; padding: 8px"><div><span style="color: #14532d">dark on dark, two levels down</span></div></div>
      <div style="background: rgb(0 0 0 / 0.9)"><span style="color: #444">grey on nearly black</span></div>
      <div style="background: rgb(0 0 0 / 0.05)"><span style="color: #333">dark on a faint tint</span></div>`);
    expect((await findContrastProblems(page)).map((p) => p.text)).toEqual(['dark on dark, two levels down', 'grey on nearly black']);
  });

  test('large text needs 3:1, disabled and visually hidden text is exempt', async ({ page }) => {
    await page.setContent(`
      <p style="color: #888; font-size: 32px">Large grey heading</p>
      <p style="color: #888; font-size: 14px">Small grey text</p>
      <button disabled style="color: #bbb; background: #fff">Disabled</button>
      <span style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0);color:#fff" class="sr-only">Only for screen readers</span>`);
    expect((await findContrastProblems(page)).map((p) => p.text)).toEqual(['Small grey text']);
  });
});

test('class attributes holding undefined, null or false are found', async ({ page }) => {
  await page.setContent('<a href="#" class="undefined">Add an occupation</a><span class="a null">x</span><b class="false">y</b><i class="nullable falsey">fine</i>');
  expect(await findBogusClassNames(page)).toEqual(['<a class="undefined">Add an occupation', '<span class="a null">x', '<b class="false">y']);
});

test.describe('sideways scrolling on a phone', () => {
  test.use(page390);
  const table = '<table style="width: 700px"><tr><td>Name</td><td>Job</td><td>Status</td></tr></table>';

  test('a wide table scrolls the page and is named as the cause', async ({ page }) => {
    await page.setContent(`<body style="margin:0"><main>${table}</main></body>`);
    const overflow = await findPageOverflow(page);
    expect(overflow?.scrollWidth).toBeGreaterThan(overflow?.clientWidth ?? 0);
    expect(overflow?.culprits.join()).toContain('Status');
  });

  test('the same table inside its own scrolling box does not', async ({ page }) => {
    await page.setContent(`<body style="margin:0"><main><div style="overflow-x: auto">${table}</div></main></body>`);
    expect(await findPageOverflow(page)).toBeNull();
  });

  // How the gradebook widened a phone: "for Ana" links' screen-reader text, absolutely positioned,
  // escaped a scrolling box that was not positioned.
  const srOnlyFarRight = `<table style="width: 700px"><tr><td>Name</td><td style="width: 600px"></td><td>4<span style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)"> for Ana</span></td></tr></table>`;
  test('screen-reader text escaping a scrolling box that is not positioned widens the page and is named', async ({ page }) => {
    await page.setContent(`<body style="margin:0"><main><div style="overflow-x: auto">${srOnlyFarRight}</div></main></body>`);
    const overflow = await findPageOverflow(page);
    expect(overflow?.scrollWidth).toBeGreaterThan(overflow?.clientWidth ?? 0);
    expect(overflow?.culprits.join()).toContain('for Ana');
  });

  test('a positioned scrolling box holds it', async ({ page }) => {
    await page.setContent(`<body style="margin:0"><main><div style="overflow-x: auto; position: relative">${srOnlyFarRight}</div></main></body>`);
    expect(await findPageOverflow(page)).toBeNull();
  });
});

test.describe('text crushed into a narrow column', () => {
  test.use(page390);
  // How "What I still don't know" looked: the text may shrink to nothing beside its buttons.
  const row = (textStyle: string) => `
    <ul style="margin:0;padding:16px;width:300px"><li style="display:flex;flex-wrap:wrap;gap:8px;align-items:center">
      <span style="${textStyle}">How much of the day is spent on a computer now?</span>
      <span style="display:flex;gap:8px"><button style="width:170px">Turn into a question</button><button style="width:70px">Delete</button></span>
    </li></ul>`;

  test('text allowed to shrink to nothing beside its buttons is found', async ({ page }) => {
    await page.setContent(row('min-width:0;flex:1 1 0%'));
    expect(await findCrushedText(page)).toHaveLength(1);
  });

  test('text that keeps a sensible width and wraps the buttons below is not', async ({ page }) => {
    await page.setContent(row('min-width:0;flex:1 1 12rem'));
    expect(await findCrushedText(page)).toEqual([]);
  });
});
