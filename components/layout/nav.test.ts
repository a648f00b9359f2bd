import { describe, expect, it } from 'vitest';
import { currentNavHref } from './nav';

const admin = [
  { href: '/admin', label: 'Overview' },
  { href: '/admin/users', label: 'Users' },
  { href: '/admin/sections', label: 'Sections' },
];
const student = [
  { href: '/home', label: 'Home' },
  { href: '/occupations', label: 'Occupations' },
  { href: '/contacts', label: 'Contacts' },
];

describe('currentNavHref', () => {
  it('marks a parent item only where no more specific item matches', () => {
    expect(currentNavHref(admin, '/admin')).toBe('/admin');
    expect(currentNavHref(admin, '/admin/users')).toBe('/admin/users');
    expect(currentNavHref(admin, '/admin/users/12')).toBe('/admin/users');
    expect(currentNavHref(admin, '/admin/sections/new')).toBe('/admin/sections');
  });

  it('keeps an item current on the pages below it', () => {
    expect(currentNavHref(student, '/occupations/compare')).toBe('/occupations');
    expect(currentNavHref(student, '/contacts/3/script')).toBe('/contacts');
  });

  it('does not take a longer word for a parent path', () => {
    expect(currentNavHref(admin, '/administrators')).toBeNull();
    expect(currentNavHref(student, '/contactsheet')).toBeNull();
  });

  it('marks nothing on a page outside the menu', () => {
    expect(currentNavHref(student, '/account')).toBeNull();
  });
});
