import type { ReactNode } from 'react';
import { Footer } from '@/components/layout/AppShell';

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b border-stone-300 bg-white">
        <div className="mx-auto max-w-6xl px-4 py-3">
          <p className="text-lg font-bold text-emerald-900">Horse&rsquo;s Mouth</p>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-md flex-1 px-4 py-10">
        {children}
      </main>
      <Footer />
    </div>
  );
}
