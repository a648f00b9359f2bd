import { redirect } from 'next/navigation';
import { getSessionState, homePathFor } from '@/lib/authz';

export default async function Root() {
  const state = await getSessionState();
  if (state.kind === 'pending') redirect('/sign-in/two-step');
  redirect(state.kind === 'signed-in' ? homePathFor(state.viewer.role) : '/sign-in');
}
