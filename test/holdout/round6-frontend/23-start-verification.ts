// Full-page redirect to the identity check (no iframe): the legacy tenant URL was assembled here.
const TENANT = 'acme';

export function startVerification(authorizationToken: string, locale = 'en'): void {
  const url = `https://${TENANT}.netverify.com/web/v4/app?authorizationToken=${encodeURIComponent(authorizationToken)}&locale=${locale}`;
  window.location.assign(url);
}

export function startVerificationInPopup(authorizationToken: string): Window | null {
  return window.open('https://acme.netverify.com/web/v4/app?authorizationToken=' + authorizationToken, 'jumio', 'width=640,height=700');
}
