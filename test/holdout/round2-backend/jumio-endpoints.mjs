// Jumio configuration for the ESM services.
export const JUMIO = {
  base: process.env.JUMIO_API_BASE || 'https://lon.netverify.com/api',
  token: process.env.JUMIO_API_TOKEN,
  secret: process.env.JUMIO_API_SECRET,
  userAgent: 'Stark Accounts/1.9',
};
