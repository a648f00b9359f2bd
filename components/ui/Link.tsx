import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/**
 * The app's link: next/link without prefetching. Every page here is dynamic (it reads the
 * viewer's records), so a prefetched page is never reused on the click (Next keeps no dynamic
 * page in its client cache), while each link that scrolled into view cost the server a render:
 * about thirty per page view, measured on a student's pages. A click fetches the page once.
 */
export default function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
