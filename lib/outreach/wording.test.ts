import { describe, expect, it } from 'vitest';
import { indefiniteArticle, occupationPhrase, referrerPhrase } from './wording';

describe('occupationPhrase', () => {
  it.each([
    ['Dental hygienist', 'working as a dental hygienist'],
    ['Dental Hygienists', 'working as a dental hygienist'],
    ['Electrician', 'working as an electrician'],
    ['Occupational Therapist', 'working as an occupational therapist'],
    ['Early childhood educator', 'working as an early childhood educator'],
    ['University professor', 'working as a university professor'],
    ['Urban planner', 'working as an urban planner'],
    ['European tour guide', 'working as a European tour guide'],
    ['Hospice nurse', 'working as a hospice nurse'],
    ['Nurses', 'working as a nurse'],
    ['Social Workers', 'working as a social worker'],
    ['Firemen', 'working as a fireman'],
    ['Paramedics', 'working as a paramedic'],
    ['Paramedic', 'working as a paramedic'],
    ['RN', 'working as an RN'],
    ['HVAC technician', 'working as an HVAC technician'],
    ['MRI technologist', 'working as an MRI technologist'],
    ['UX designer', 'working as a UX designer'],
    ['CNC machinist', 'working as a CNC machinist'],
    ['IT support specialist', 'working as an IT support specialist'],
    ['X-ray technician', 'working as an X-ray technician'],
    ['English teacher', 'working as an English teacher'],
    ['Microsoft Excel trainer', 'working as a Microsoft Excel trainer'],
    ['Registered nurse (RN)', 'working as a registered nurse (RN)'],
    ['  a Chef. ', 'working as a chef'],
    ['Nursing', 'working in nursing'],
    ['Dental hygiene', 'working in dental hygiene'],
    ['Social work', 'working in social work'],
    ['Human Resources', 'working in human resources'],
    ['Accounting', 'working in accounting'],
    ['Psychology', 'working in psychology'],
    ['IT', 'working in IT'],
    ['Sales', 'working in sales'],
  ])('%s → %s', (title, phrase) => {
    expect(occupationPhrase(title)).toBe(phrase);
  });

  it('is empty without a title', () => {
    expect(occupationPhrase(null)).toBe('');
    expect(occupationPhrase('   ')).toBe('');
  });
});

describe('indefiniteArticle', () => {
  it.each([
    ['apprentice', 'an'],
    ['hour', 'an'],
    ['honest broker', 'an'],
    ['herbalist', 'a'],
    ['user researcher', 'a'],
    ['usher', 'an'],
    ['one-person shop', 'a'],
    ['LPN', 'an'],
    ['BC Hydro lineworker', 'a'],
    ['SEO specialist', 'an'],
    ['8-ball', 'an'],
  ])('%s → %s', (word, article) => {
    expect(indefiniteArticle(word)).toBe(article);
  });
});

describe('referrerPhrase', () => {
  it('names the contact they were referred by first', () => {
    expect(referrerPhrase({ referredBy: { name: 'Sam Wong' }, howFound: 'professional', howFoundDetail: 'my dentist, Dr. Patel' })).toBe('Sam Wong');
  });

  it('names the person written in "how found", as the start of a sentence', () => {
    expect(referrerPhrase({ referredBy: null, howFound: 'professional', howFoundDetail: 'my dentist, Dr. Patel' })).toBe('My dentist, Dr. Patel,');
    expect(referrerPhrase({ howFound: 'friend', howFoundDetail: 'Referred by  Ana Ruiz' })).toBe('Ana Ruiz');
    expect(referrerPhrase({ howFound: 'instructor-counsellor-advisor', howFoundDetail: 'my counsellor Ms. Wu;' })).toBe('My counsellor Ms. Wu');
  });

  it('does not take an organisation or an empty detail for a person', () => {
    expect(referrerPhrase({ howFound: 'professional-association', howFoundDetail: 'Paramedic Association of BC' })).toBeUndefined();
    expect(referrerPhrase({ howFound: 'community-agency', howFoundDetail: 'Rotary Club' })).toBeUndefined();
    expect(referrerPhrase({ howFound: 'family', howFoundDetail: '  ' })).toBeUndefined();
    expect(referrerPhrase({ howFound: 'other', howFoundDetail: 'LinkedIn' })).toBeUndefined();
  });
});
