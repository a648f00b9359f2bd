import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: "Horse's Mouth", template: "%s · Horse's Mouth" },
  description: 'Plan, run and reflect on information interviews.',
};

// Every page carries this request's CSP nonce (proxy.ts), so none may be prerendered once and
// served to all: a prerendered page's scripts would have no nonce and would not run.
export const dynamic = 'force-dynamic';

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // react-aria reads the nonce from this tag for the <style> it adds (usePreventScroll under a
  // dialog or popover); the nonce attribute is hidden from the DOM once parsed, as scripts' are.
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return (
    <html lang="en">
      <head>{nonce ? <meta property="csp-nonce" nonce={nonce} /> : null}</head>
      <body className="min-h-screen font-sans antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
