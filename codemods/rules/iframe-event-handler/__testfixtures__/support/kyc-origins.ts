// The identity-verification web client's origins (one per white-label tenant).
export const KYC_ORIGINS = ['https://acme.netverify.com', 'https://acme-eu.netverify.com'] as const;
