// @ts-check
// The content security policy (with a nonce per request) and HSTS are sent by proxy.ts; these
// headers are the same for every response.

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // Also said by the policy's frame-ancestors 'none'; kept for browsers that only know this one.
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `npm test` runs tsc before it builds for the end-to-end tests; that build need not check the
  // types a second time (a minute of CI). Every other build does.
  typescript: { ignoreBuildErrors: process.env.HM_TYPES_CHECKED === '1' },
  // Lets parallel test runs build side by side (NEXT_DIST_DIR=.next-b …); .next otherwise.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Native modules: loaded by Node at run time, never bundled.
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2', 'nodemailer'],
  experimental: {
    // Next's default, said out loud: proxy.ts refuses a larger action body with a 413 before Next reads it.
    serverActions: { bodySizeLimit: '1mb' },
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Static files do not pass through proxy.ts; HSTS for them when a TLS proxy says the request was HTTPS.
      {
        source: '/_next/static/:path*',
        has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
        headers: [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }],
      },
    ];
  },
};

export default nextConfig;
