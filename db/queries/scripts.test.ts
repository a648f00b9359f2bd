import { describe, expect, it } from 'vitest';
import { getDb } from '../client';
import { makeUser } from '../testing/factories';
import { insertContact } from './contacts';
import { deleteOwnScript, findScriptForViewer, insertScript, listScriptsForViewer, updateOwnScript } from './scripts';

describe('scripts', () => {
  it('are the student’s own, per contact', () => {
    const owner = makeUser('student');
    const other = makeUser('student');
    const contact = insertContact(getDb(), owner, { name: 'Pat', howFound: 'friend' });
    const second = insertContact(getDb(), owner, { name: 'Quinn', howFound: 'friend' });
    const id = insertScript(getDb(), owner, contact, { kind: 'phone', title: 'Call Pat', body: 'Hello, Pat.' });
    expect(listScriptsForViewer(owner, contact).map((s) => s.title)).toEqual(['Call Pat']);
    expect(listScriptsForViewer(owner, second)).toEqual([]);
    expect(findScriptForViewer(owner, second, id)).toBeNull();
    expect(findScriptForViewer(other, contact, id)).toBeNull();
    expect(listScriptsForViewer(other, contact)).toEqual([]);
    expect(updateOwnScript(getDb(), other, id, { kind: 'email', title: 'x', body: 'x' }, new Date(), 1)).toEqual({ ok: false });
    expect(deleteOwnScript(getDb(), other, id)).toBe(false);
    expect(updateOwnScript(getDb(), owner, id, { kind: 'voicemail', title: 'Voicemail for Pat', body: 'Hi' }, new Date(), 1)).toEqual({ ok: true, version: 2 });
    // A save from the builder opened before that edit (version 1) is refused and changes nothing.
    expect(updateOwnScript(getDb(), owner, id, { kind: 'phone', title: 'Stale', body: 'Stale' }, new Date(), 1)).toEqual({ ok: false });
    expect(findScriptForViewer(owner, contact, id)).toMatchObject({ kind: 'voicemail', title: 'Voicemail for Pat' });
    expect(deleteOwnScript(getDb(), owner, id)).toBe(true);
    expect(listScriptsForViewer(owner, contact)).toEqual([]);
  });

  it('an autosave changes only the fields it sends, and only from the version it was loaded from', () => {
    const owner = makeUser('student');
    const contact = insertContact(getDb(), owner, { name: 'Pat', howFound: 'friend' });
    const id = insertScript(getDb(), owner, contact, { kind: 'phone', title: 'Call Pat', body: 'Hello, Pat.' });
    expect(updateOwnScript(getDb(), owner, id, { body: 'Hello, Pat!' }, new Date(), 1)).toEqual({ ok: true, version: 2 });
    expect(updateOwnScript(getDb(), owner, id, { title: 'Stale tab' }, new Date(), 1)).toEqual({ ok: false });
    expect(findScriptForViewer(owner, contact, id)).toMatchObject({ kind: 'phone', title: 'Call Pat', body: 'Hello, Pat!', version: 2 });
  });
});
