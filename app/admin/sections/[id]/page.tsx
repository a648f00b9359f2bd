import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { findSectionForViewer, listSectionMembersForAdmin } from '@/db/queries/sections';
import { AddMemberForm, RemoveMemberButton } from '@/components/admin/forms';
import { sectionLabel } from '@/lib/sections/label';
import { Card, PageHeader } from '@/components/ui/PageHeader';
import { requireRole } from '@/lib/authz';
import { parseId } from '@/lib/validation/common';

export const metadata: Metadata = { title: 'Section' };

export default async function AdminSectionPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireRole('admin');
  const id = parseId((await params).id);
  const section = id ? findSectionForViewer(viewer, id) : null;
  if (!section) notFound();
  const members = listSectionMembersForAdmin(viewer, section.id);
  return (
    <>
      <PageHeader title={sectionLabel(section)} lead={`${section.title} · ${section.term}`} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Card title={`Members (${members.length})`}>
            {members.length ? (
              <ul className="divide-y divide-stone-200">
                {members.map((m) => (
                  <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <span className="min-w-0 grow basis-56 wrap-anywhere">
                      <span className="font-medium">{m.name}</span> <span className="text-sm text-stone-700">· {m.memberRole} · {m.email}</span>
                    </span>
                    <RemoveMemberButton sectionId={section.id} userId={m.id} name={m.name} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-stone-700">No one yet.</p>
            )}
          </Card>
        </div>
        <Card title="Add someone">
          <AddMemberForm sectionId={section.id} />
        </Card>
      </div>
    </>
  );
}
