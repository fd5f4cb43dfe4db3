// The web client opened full page, its URL built from the path and the white-label base.
// TODO(netverify-migrate): web-client-host: hard-coded legacy web-client URL https://acme.netverify.com/web/v4/app: on KYX the web-client URL is issued per transaction — use web.href from the account create/update response verbatim (served from acme.web.amer-1.jumio.ai or the host of your region)
const WEB_CLIENT = new URL('/web/v4/app', 'https://acme.netverify.com');

export function launch(token: string): void {
  const url = new URL(WEB_CLIENT);
  url.searchParams.set('authorizationToken', token);
  window.location.assign(url.toString());
}
