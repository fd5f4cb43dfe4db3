export interface TenantConfig {
  name: string;
  apiBase: string;
  kycWebOrigins: string[];
}

export const TENANTS: Record<string, TenantConfig> = {
  us: {
    name: 'Acme US',
    apiBase: 'https://api.acme.example',
    kycWebOrigins: ['https://acme.netverify.com'],
  },
  eu: {
    name: 'Acme EU',
    apiBase: 'https://eu.api.acme.example',
    kycWebOrigins: ['https://acme.lon.netverify.com', 'https://acme-eu.netverify.com'],
  },
};

export const ALL_KYC_WEB_ORIGINS = Object.values(TENANTS).flatMap((t) => t.kycWebOrigins);
