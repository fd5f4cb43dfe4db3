// The app's magic-link login settings: token lifetime, success/error URLs and locale of its own e-mails.
export const magicLinkConfig = {
  tokenLifetimeInMinutes: 1440,
  successUrl: 'https://app.acme.example/login/done',
  errorUrl: 'https://app.acme.example/login/failed',
  locale: 'en-GB',
  callbackUrl: 'https://app.acme.example/api/auth/callback/email',
  userReference: 'email',
};

export function linkExpiry(issuedAt: Date): Date {
  return new Date(issuedAt.getTime() + magicLinkConfig.tokenLifetimeInMinutes * 60_000);
}
