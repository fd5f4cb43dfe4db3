const TENANTS = {
  us: { name: 'Acme US', kycWebOrigins: ['https://acme.netverify.com'] },
  eu: { name: 'Acme EU', kycWebOrigins: ['https://acme.lon.netverify.com'] },
};

export const ALLOWED_ORIGINS = Object.values(TENANTS).flatMap((t) => t.kycWebOrigins);
