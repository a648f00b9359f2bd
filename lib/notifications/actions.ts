'use server';

import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { findNotificationForViewer, markAllNotificationsRead, setNotificationRead } from '@/db/queries/notifications';
import { requireUser } from '@/lib/authz';
import { requestNow } from '@/lib/clock';
import type { ActionState } from '@/lib/forms';
import { idParam } from '@/lib/validation/common';
import { safeInternalPath } from './paths';

/*
 * The bell's notifications: each person's own (someone else's id is a 404). The count in the
 * header is rendered by the layout; revalidating the root layout after each change refreshes it.
 */

/** Marks the notification read and goes where it points. */
export async function openNotification(notificationId: number): Promise<void> {
  const viewer = await requireUser();
  const id = idParam.safeParse(notificationId);
  if (!id.success) notFound();
  const n = findNotificationForViewer(viewer, id.data);
  if (!n) notFound();
  const now = await requestNow();
  getDb().transaction((tx) => setNotificationRead(tx, viewer, n.id, true, now));
  revalidatePath('/', 'layout');
  redirect(safeInternalPath(n.href) ?? '/notifications');
}

/** Marks one notification read or unread again. */
export async function markNotification(notificationId: number, read: boolean, _prev: ActionState): Promise<ActionState> {
  const viewer = await requireUser();
  const id = idParam.safeParse(notificationId);
  const flag = z.boolean().safeParse(read);
  if (!id.success || !flag.success) notFound();
  const now = await requestNow();
  const changed = getDb().transaction((tx) => setNotificationRead(tx, viewer, id.data, flag.data, now));
  if (!changed) notFound();
  revalidatePath('/', 'layout');
  return { status: 'ok', message: flag.data ? 'Marked read.' : 'Marked unread.' };
}

export async function markAllRead(_prev: ActionState): Promise<ActionState> {
  const viewer = await requireUser();
  const now = await requestNow();
  const n = getDb().transaction((tx) => markAllNotificationsRead(tx, viewer, now));
  revalidatePath('/', 'layout');
  return { status: 'ok', message: n === 0 ? 'Nothing was unread.' : `Marked ${n} ${n === 1 ? 'notification' : 'notifications'} read.` };
}
