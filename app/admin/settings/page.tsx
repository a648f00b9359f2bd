import type { Metadata } from 'next';
import { SsoDomainsForm } from '@/components/admin/SsoDomainsForm';
import { Card, PageHeader } from '@/components/ui/PageHeader';
import { readSetting } from '@/db/queries/settings';
import { appUrl } from '@/lib/app-url';
import { OIDC_PROVIDER_ID, oidcSetup, passwordSignInEnabled } from '@/lib/auth/oidc';
import { requireRole } from '@/lib/authz';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  await requireRole('admin');
  const oidc = oidcSetup();
  const redirectUri = `${await appUrl()}/api/auth/callback/${OIDC_PROVIDER_ID}`;
  return (
    <>
      <PageHeader title="Settings" lead="How people sign in. The server's configuration sets the rest (see the README)." />
      <div className="grid gap-6 md:grid-cols-2">
        <Card title="Single sign-on">
          {oidc ? (
            <dl className="space-y-2 text-sm">
              <div>
                <dt className="font-semibold">Provider</dt>
                <dd className="break-all">
                  {oidc.name} ({oidc.issuer})
                </dd>
              </div>
              <div>
                <dt className="font-semibold">Redirect URI to register with it</dt>
                <dd className="font-mono text-xs break-all">{redirectUri}</dd>
              </div>
              <div>
                <dt className="font-semibold">Password sign-in</dt>
                <dd>{passwordSignInEnabled() ? 'On, beside single sign-on' : 'Off (PASSWORD_SIGN_IN=off)'}</dd>
              </div>
            </dl>
          ) : (
            <p className="text-sm text-stone-700">
              Not configured: people sign in with their e-mail and password. Set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET to offer the institution&rsquo;s
              sign-in, with this redirect URI registered: <span className="font-mono text-xs break-all">{redirectUri}</span>
            </p>
          )}
          <p className="mt-3 text-sm text-stone-700">
            A sign-on lets someone in when the provider&rsquo;s verified e-mail matches an active account here. Their role, sections and whether they are active stay as
            you set them.
          </p>
        </Card>
        <Card title="New accounts from single sign-on">
          <SsoDomainsForm domains={readSetting('sso.autoCreateDomains')} />
        </Card>
      </div>
    </>
  );
}
