import { ButtonLink } from '@/components/ui/Button';

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="mt-2 text-stone-700">There is nothing here, or it is not yours to see.</p>
      <p className="mt-4">
        <ButtonLink href="/">Go to your home page</ButtonLink>
      </p>
    </main>
  );
}
