// Jumio KYX (business banking moved first): OAuth2 client of the EU region, from the secrets store (injected as env).
export default {
  accountOrigin: 'https://account.emea-1.jumio.ai',
  tokenUrl: 'https://auth.emea-1.jumio.ai/oauth2/token',
  clientId: process.env.KYX_CLIENT_ID ?? '',
  clientSecret: process.env.KYX_CLIENT_SECRET ?? '',
  userAgent: 'Tidewater-Business/2.0',
};
