// Settings of the lending application's identity step (read once at start-up).
export const kyc = {
  dataCentre: process.env.KYC_DATA_CENTRE ?? 'EU',
  linkTtlMinutes: 2880,
  returnUrl: 'https://apply.acme-lending.com/identity/return',
  userAgent: 'Acme Lending/6.3',
};
