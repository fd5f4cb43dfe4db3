// Front-end config for the identity check page.
export const kycConfig = {
  // White-label web client, used when the back end returns a relative path.
  webClientBase: 'https://acme.netverify.com/web/v4/app',
  euWebClientBase: 'https://acme.lon.netverify.com/web/v4/app',
  supportEmail: 'kyc@acme.example',
};

export function buildClientUrl(token: string, locale = 'en-GB'): string {
  return `${kycConfig.webClientBase}?authorizationToken=${encodeURIComponent(token)}&locale=${locale}`;
}
