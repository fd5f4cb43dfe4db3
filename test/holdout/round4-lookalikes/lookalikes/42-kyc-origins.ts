// The identity step's frame (KYX web client, white-label host).
export const KYC_ORIGINS = ['https://acme.web.emea-1.jumio.ai'];
