export type NavItem = { href: string; label: string };

/**
 * The menu item for the page at `pathname`: the item whose address is the path or its longest
 * parent, so that a parent item (Admin's "Overview" at /admin) is current only on its own page
 * and on pages no other item claims, never beside "Users" on /admin/users.
 */
export function currentNavHref(items: NavItem[], pathname: string): string | null {
  let best: string | null = null;
  for (const { href } of items) {
    const matches = pathname === href || (href !== '/' && pathname.startsWith(`${href}/`));
    if (matches && (best === null || href.length > best.length)) best = href;
  }
  return best;
}
