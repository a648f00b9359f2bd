import { redirect } from 'next/navigation';
import { getViewer, homePathFor } from '@/lib/authz';

export default async function Root() {
  const viewer = await getViewer();
  redirect(viewer ? homePathFor(viewer.role) : '/sign-in');
}
