import { describe, expect, it } from 'vitest';
import { passwordProblem, personalWords } from './password-policy';

const person = { email: 'amelie.gagnon@college.example', name: 'Amélie Gagnon' };

describe('passwordProblem', () => {
  it('refuses the most common passwords, in any case', () => {
    for (const p of ['12345678', 'password', 'PASSWORD1', 'iloveyou', 'qwertyuiop', 'sunshine1']) {
      expect(passwordProblem(p, person), p).toMatch(/most common passwords/);
    }
  });

  it('refuses a password containing the e-mail’s local part or the name, accents ignored', () => {
    for (const p of ['amelie.gagnon2026', 'Gagnon-rules-forever', 'xx AMELIE xx 99 !!', 'ameliegagnon!']) {
      expect(passwordProblem(p, person), p).toMatch(/must not contain your e-mail address or your name/);
    }
  });

  it('refuses what is merely a pattern', () => {
    expect(passwordProblem('aaaaaaaaaaaa', person)).not.toBeNull();
    expect(passwordProblem('abcdefgh123', person)).not.toBeNull();
  });

  it('accepts a passphrase, however plain its words, and long ones quickly', () => {
    expect(passwordProblem('correct horse battery staple', person)).toBeNull();
    expect(passwordProblem('granite lantern orbit velvet', person)).toBeNull();
    const started = performance.now();
    expect(passwordProblem('Ünïcode & spaces are fine in a passphrase of sixty-four chars!!!', person)).toBeNull();
    expect(passwordProblem('Kq8#vT2m!Rw9zL4p@Yx6nB1c$Hs3dJ7f'.repeat(4), person)).toBeNull();
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('takes words of four letters or more from the e-mail and name', () => {
    expect(personalWords({ email: 'li.wu@x.example', name: 'Li Wu' })).toEqual(['li.wu', 'liwu']);
    expect(personalWords(person)).toEqual(expect.arrayContaining(['amelie.gagnon', 'amelie', 'gagnon', 'ameliegagnon']));
  });
});
