'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Plain links inside open in the app, as next/link's do (the page's data is fetched, the shell
 * and scroll position handling stay), from one listener on the box instead of a client component
 * per link: a gradebook page holds 150 links, and rendering each as next/link was a tenth of
 * the page's server time. Before the page's scripts run, or with a modifier key, a new tab or a
 * download, a link is an ordinary link.
 */
export function InAppLinks({ children, className }: { children: ReactNode; className?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const router = useRouter();
  const [listening, setListening] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const link = (e.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement) || !el.contains(link)) return;
      if ((link.target && link.target !== '_self') || link.hasAttribute('download')) return;
      const to = new URL(link.href, window.location.href);
      if (to.origin !== window.location.origin) return;
      e.preventDefault();
      router.push(`${to.pathname}${to.search}${to.hash}`);
    };
    el.addEventListener('click', onClick);
    setListening(true);
    return () => el.removeEventListener('click', onClick);
  }, [router]);
  return (
    // The mark says when clicks open in the app (the tests wait for it, as for data-autosave).
    <div ref={box} className={className} data-in-app-links={listening ? 'on' : 'starting'}>
      {children}
    </div>
  );
}
