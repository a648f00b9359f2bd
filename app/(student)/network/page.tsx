import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { listReferralLinksForViewer, NETWORK_LIMIT } from '@/db/queries/network';
import { ReferralTree } from '@/components/network/ReferralTree';
import { Card, PageHeader } from '@/components/ui/PageHeader';
import { requireRole } from '@/lib/authz';
import { buildReferralForest } from '@/lib/contacts/network';

export const metadata: Metadata = { title: 'Referral network' };

export default async function NetworkPage() {
  const viewer = await requireRole('student');
  const { links, truncated } = listReferralLinksForViewer(viewer, viewer.id);
  const roots = buildReferralForest(links);
  const chains = roots.filter((r) => r.children.length > 0);
  const unlinked = roots.filter((r) => r.children.length === 0);
  const referrals = links.length - roots.length;
  return (
    <>
      <PageHeader
        title="Referral network"
        lead="Who led you to whom. Every “Can you suggest anyone else?” grows it; a personal referral is the likeliest way to land an interview."
      />
      {truncated ? <p className="mb-4 text-sm text-stone-800">Showing your first {NETWORK_LIMIT} contacts.</p> : null}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[2fr_1fr]">
        <Card title="Chains of referrals">
          {chains.length ? (
            <>
              <p className="mb-3 text-sm text-stone-700">
                {referrals} {referrals === 1 ? 'contact came' : 'contacts came'} to you through another contact.
              </p>
              <ReferralTree roots={chains} />
            </>
          ) : (
            <p className="text-stone-700">
              No referrals yet. When someone suggests another person, log it on their contact page (outcome “Declined, and suggested someone else”) or
              add the person with “Referred by another contact”.
            </p>
          )}
        </Card>
        <Card title="Not linked to anyone yet">
          {unlinked.length ? (
            <ul className="space-y-1">
              {unlinked.map((c) => (
                <li key={c.id}>
                  <Link href={`/contacts/${c.id}`}>{c.name}</Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-stone-700">{links.length ? 'Every contact is part of a chain.' : <Link href="/contacts/new">Add your first contact</Link>}</p>
          )}
        </Card>
      </div>
    </>
  );
}
