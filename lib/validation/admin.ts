import { z } from 'zod';
import { MEMBER_ROLES, ROLES } from '@/lib/accounts/vocabulary';
import { emailField, requiredText } from './common';

export const roleField = z.enum(ROLES, { error: 'Choose a role.' });

export const createUserSchema = z.object({
  name: requiredText('Name', 120),
  email: emailField,
  role: roleField,
});

export const changeRoleSchema = z.object({ role: roleField });

export const sectionSchema = z.object({
  courseCode: requiredText('Course code', 20).transform((v) => v.toUpperCase()),
  sectionCode: requiredText('Section', 20).transform((v) => v.toUpperCase()),
  title: requiredText('Title', 120),
  term: requiredText('Term', 40),
});

export const membershipSchema = z.object({
  email: emailField,
  memberRole: z.enum(MEMBER_ROLES, { error: 'Choose student, instructor or counsellor.' }),
});
