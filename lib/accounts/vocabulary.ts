/**
 * Who people are in the app: roles and section memberships, with their labels. Dependency-free,
 * so the schema, server code and client components all import the same lists.
 */

export const ROLES = ['student', 'counsellor', 'instructor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  student: 'Student',
  counsellor: 'Counsellor',
  instructor: 'Instructor',
  admin: 'Admin',
};

/** The roles a person can hold in a section (admins are never members). */
export const MEMBER_ROLES = ['student', 'instructor', 'counsellor'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** Counsellors and instructors: the people who staff sections. */
export const STAFF_ROLES = ['counsellor', 'instructor'] as const satisfies readonly Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];

export function isStaffRole(role: Role): role is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(role);
}

/** A section's time zone when none is chosen (due dates are shown and entered in it). */
export const DEFAULT_TIME_ZONE = 'America/Vancouver';
