// The web client opened full page, its URL built from the path and the white-label base.
const WEB_CLIENT = new URL('/web/v4/app', 'https://acme.netverify.com');

export function launch(token: string): void {
  const url = new URL(WEB_CLIENT);
  url.searchParams.set('authorizationToken', token);
  window.location.assign(url.toString());
}
