import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AutosaveAction, AutosaveValues } from '@/lib/autosave';
import { AutosaveSession } from './autosave-session';

/** A server holding one versioned record, as an autosave action sees it. */
function server(initial: AutosaveValues) {
  let version = 1;
  let values = { ...initial };
  const calls: Array<{ base: number; changes: AutosaveValues }> = [];
  const save: AutosaveAction = async (base, changes) => {
    calls.push({ base, changes });
    if (base !== version) return { status: 'conflict', version, theirs: { ...values } };
    values = { ...values, ...changes };
    version += 1;
    return { status: 'saved', version, savedAt: new Date().toISOString() };
  };
  return { save, calls, get values() { return values; } };
}

const session = (save: AutosaveAction, values: AutosaveValues = { body: 'Hello' }) => new AutosaveSession('test', 1, values, save, 60_000);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('AutosaveSession', () => {
  it('never sends a second save while one is on its way', async () => {
    const db = server({ body: 'Hello' });
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const slow: AutosaveAction = async (base, changes) => (await gate, db.save(base, changes));
    const s = session(slow);
    s.setValue('body', 'Hello, Pat');
    const first = s.flush();
    s.setValue('body', 'Hello, Pat.');
    await s.flush(); // on its way already: waits its turn
    release();
    await first;
    await s.settle();
    expect(db.calls.map((c) => c.base)).toEqual([1, 2]);
    expect(s.getSnapshot()).toMatchObject({ status: 'saved', version: 3, conflict: null });
    expect(db.values.body).toBe('Hello, Pat.');
  });

  it('a save that landed but whose answer was lost is not taken for a change made elsewhere', async () => {
    const db = server({ body: 'Hello' });
    let lose = true;
    const flaky: AutosaveAction = async (base, changes) => {
      const result = await db.save(base, changes);
      if (lose) {
        lose = false;
        throw new Error('connection dropped after the server saved');
      }
      return result;
    };
    const s = session(flaky);
    s.setValue('body', 'Hello, Pat');
    await s.flush();
    expect(s.getSnapshot().status).toBe('retrying');
    await s.flush(); // the retry: same text, same base version
    expect(db.calls.map((c) => c.base)).toEqual([1, 1]);
    expect(s.getSnapshot()).toMatchObject({ status: 'saved', version: 2, conflict: null });
    // "Saved at …", as after any save (a tab whose save another tab's copy beat said only "Saved").
    expect(s.getSnapshot().savedAt).toBeInstanceOf(Date);
    s.setValue('body', 'Hello, Pat!');
    await s.settle();
    expect(db.values.body).toBe('Hello, Pat!');
    s.detach();
  });

  it('a save waiting out its retry goes the moment the browser is back online, and only then', async () => {
    const db = server({ body: 'Hello' });
    let offline = true;
    const save: AutosaveAction = async (base, changes) => {
      if (offline) throw new TypeError('Failed to fetch');
      return db.save(base, changes);
    };
    const s = session(save);
    s.reconnected(); // nothing waits: nothing is sent
    expect(db.calls).toEqual([]);
    s.setValue('body', 'Hello, Pat');
    await s.flush();
    expect(s.getSnapshot().status).toBe('retrying'); // next try in 2 s
    offline = false;
    s.reconnected();
    expect(db.calls.map((c) => c.changes)).toEqual([{ body: 'Hello, Pat' }]); // sent now, not in 2 s
    await s.settle();
    expect(s.getSnapshot()).toMatchObject({ status: 'saved', version: 2 });
    s.reconnected(); // saved: nothing more is sent
    expect(db.calls).toHaveLength(1);
    s.detach();
  });

  it('a save that lands as the page goes keeps the browser copy until a page read after it shows the text', async () => {
    // A browser: its storage, and whether the page is hidden (a reload is on its way).
    const stored = new Map<string, string>();
    vi.stubGlobal('window', { localStorage: { getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => void stored.set(k, v), removeItem: (k: string) => void stored.delete(k) } });
    const page = { visibilityState: 'visible' };
    vi.stubGlobal('document', page);
    const db = server({ body: 'Hello' });
    const first = session(db.save);
    first.setValue('body', 'Hello, Pat');
    // The reload: the page is hidden, its save goes, and the next page is read before it lands.
    page.visibilityState = 'hidden';
    const read = { version: 1, values: { body: 'Hello' } };
    await first.flush();
    expect([db.values.body, first.getSnapshot().status]).toEqual(['Hello, Pat', 'saved']);
    expect(stored.size).toBe(1); // kept: the next page may not show it
    page.visibilityState = 'visible';
    const next = new AutosaveSession('test', read.version, read.values, db.save, 60_000);
    next.start({});
    await next.settle();
    expect(next.getSnapshot()).toMatchObject({ values: { body: 'Hello, Pat' }, status: 'saved', version: 2, conflict: null });
    expect(db.calls.map((c) => c.base)).toEqual([1, 1]); // the restore found the server had it: no second change
    expect(stored.size).toBe(0);
    // A page read after the save shows it: the copy is let go without a word or a save.
    first.setValue('body', 'Hello, Pat!');
    page.visibilityState = 'hidden';
    await first.flush();
    expect(stored.size).toBe(1);
    page.visibilityState = 'visible';
    const fresh = new AutosaveSession('test', 3, { body: 'Hello, Pat!' }, db.save, 60_000);
    fresh.start({});
    expect(fresh.getSnapshot()).toMatchObject({ values: { body: 'Hello, Pat!' }, status: 'idle', conflict: null });
    expect([stored.size, db.calls.length]).toEqual([0, 3]);
    for (const s of [first, next, fresh]) s.detach();
  });

  it('text typed before the engine started is saved when it starts, unless the field was typed in since', async () => {
    const db = server({ body: 'Hello', title: 'Greeting' });
    const s = session(db.save, { body: 'Hello', title: 'Greeting' });
    expect(s.getSnapshot().started).toBe(false);
    s.setValue('title', 'Greeting, typed after the start');
    // A field that is not the engine's (a date beside the text, say) is not taken.
    s.start({ body: 'Hello, typed while the page loaded', title: 'Greeting, typed before', sentOn: '2026-12-01' });
    expect(s.getSnapshot()).toMatchObject({ started: true, values: { body: 'Hello, typed while the page loaded', title: 'Greeting, typed after the start' } });
    expect(await s.settle()).toBe(2);
    expect(db.values).toEqual({ body: 'Hello, typed while the page loaded', title: 'Greeting, typed after the start' });
  });

  it('starting with nothing typed early sends nothing', async () => {
    const db = server({ body: 'Hello' });
    const s = session(db.save);
    s.start({});
    expect(s.getSnapshot().started).toBe(true);
    expect(await s.settle()).toBe(1);
    expect(db.calls).toEqual([]);
  });

  it('two tabs: the second save says changed elsewhere and keeps both texts', async () => {
    const db = server({ body: 'Hello' });
    const one = session(db.save);
    const two = session(db.save);
    one.setValue('body', 'From tab one');
    await one.settle();
    two.setValue('body', 'From tab two');
    expect(await two.settle()).toBeNull();
    const snapshot: { status: string; conflict: unknown; values: AutosaveValues } = two.getSnapshot();
    expect(snapshot.status).toBe('conflict');
    expect(snapshot.conflict).toEqual({ version: 2, theirs: { body: 'From tab one' }, mine: { body: 'From tab two' } });
    expect(snapshot.values.body).toBe('From tab two');
    expect(db.values.body).toBe('From tab one');
  });
});

