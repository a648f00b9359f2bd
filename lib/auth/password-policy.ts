import 'server-only';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

/*
 * What a new password may not be (ASVS 5.0 V6.2): one of the ~49,000 most common passwords (the
 * maintained list that @zxcvbn-ts/language-common carries), anything else zxcvbn rates "too
 * guessable" (keyboard rows, repeats, sequences, dates, a common password with a digit added),
 * or anything containing the person's e-mail or name. No composition rules: a long passphrase
 * of plain words is good. Only the common-language dictionaries are loaded: the English word
 * lists make a long password's check take half a second of CPU.
 */
const COMMON = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
// Only the first 32 characters are rated: matching grows steeply with length (a 64-character
// passphrase took a second of CPU under load), and past 32 characters length is what matters.
const zxcvbn = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs, maxLength: 32 });

/** Lower-case, accents off, so "Zoë" in a name matches "zoe" in a password. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The parts of a person's e-mail and name a password must not contain (4 characters or more). */
export function personalWords(person: { email: string; name: string }): string[] {
  const local = fold(person.email.split('@')[0] ?? '');
  const nameParts = fold(person.name).split(/[^\p{L}\p{N}]+/u);
  const words = new Set([local, ...local.split(/[^\p{L}\p{N}]+/u), ...nameParts, nameParts.join('')]);
  return [...words].filter((w) => w.length >= 4);
}

/** Why this password will not do, in words for the person; null when it is fine. */
export function passwordProblem(password: string, person: { email: string; name: string }): string | null {
  const folded = fold(password);
  if (COMMON.has(password.toLowerCase()) || COMMON.has(folded.trim())) {
    return 'This is one of the most common passwords, so it is among the first an attacker tries. Choose another: a few unrelated words make a strong one.';
  }
  const personal = personalWords(person).find((w) => folded.includes(w));
  if (personal) return 'Your password must not contain your e-mail address or your name. Choose something that has nothing to do with you.';
  if (zxcvbn.check(password, personalWords(person)).score < 2) {
    return 'This password is too easy to guess (a keyboard row, a repeat, a date or a common password with a few characters changed). Choose a longer one: a few unrelated words work well.';
  }
  return null;
}
