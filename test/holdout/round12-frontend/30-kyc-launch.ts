// Launches the Netverify web client full page for tenants that cannot frame it (their CSP forbids frames).
const WEB_CLIENT = new URL('/web/v4/app', 'https://acme.netverify.com');

export function launchIdentityCheck(authorizationToken: string, locale = 'en-GB'): void {
  const url = new URL(WEB_CLIENT);
  url.searchParams.set('authorizationToken', authorizationToken);
  url.searchParams.set('locale', locale);
  window.location.assign(url.toString());
}
