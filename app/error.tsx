'use client';

import { Button } from '@/components/ui/Button';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p className="mt-2 text-stone-700">The page could not be shown just now. Please try again.</p>
      <Button onClick={reset} className="mt-4">
        Try again
      </Button>
    </main>
  );
}
