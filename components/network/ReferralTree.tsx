import Link from '@/components/ui/Link';
import type { ReferralNode } from '@/lib/contacts/network';

function ledTo(node: ReferralNode): string {
  const direct = node.children.length;
  const people = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;
  if (direct === 0) return 'led to no one yet';
  return node.descendants > direct ? `led to ${people(direct)} (${node.descendants} in all)` : `led to ${people(direct)}`;
}

function Branch({ node }: { node: ReferralNode }) {
  return (
    <li className="mt-2">
      <Link href={`/contacts/${node.id}`} className="font-semibold">
        {node.name}
      </Link>{' '}
      <span className="text-sm text-stone-700">— {ledTo(node)}</span>
      {node.children.length ? (
        <ul className="ml-3 border-l-2 border-emerald-800/30 pl-4" aria-label={`People ${node.name} led you to`}>
          {node.children.map((child) => (
            <Branch key={child.id} node={child} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** The referral forest as nested lists: each contact, and below them the people they led to. */
export function ReferralTree({ roots }: { roots: ReferralNode[] }) {
  return (
    <ul className="space-y-2">
      {roots.map((root) => (
        <Branch key={root.id} node={root} />
      ))}
    </ul>
  );
}
