// Jumio (Netverify) settings of the onboarding service, SG tenant. Frozen: request handlers read them, never set them.
export default Object.freeze({
  origin: 'https://core-sgp.jumio.com',
  initiatePath: '/api/v4/initiate',
  // base64 of "<API token>:<API secret>", as the secrets store keeps it
  basicCredentials: process.env.JUMIO_BASIC_CREDENTIALS,
  userAgent: 'Tidewater-Onboarding-SG/4.0',
});
