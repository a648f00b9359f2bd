import type { NextConfig } from 'next';

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Lets parallel test runs build side by side (NEXT_DIST_DIR=.next-b …); .next otherwise.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Native modules: loaded by Node at run time, never bundled.
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2', 'nodemailer'],
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
