// Jumio (Netverify) tenant of the online bank: EU data centre, API user from the secrets store (injected as env).
export default {
  baseUrl: 'https://lon.netverify.com',
  apiToken: process.env.JUMIO_API_TOKEN ?? '',
  apiSecret: process.env.JUMIO_API_SECRET ?? '',
  userAgent: 'Tidewater-Online/6.2',
};
