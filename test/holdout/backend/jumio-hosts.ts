// Shared configuration for the identity provider integration.
export const JUMIO_HOST_US = 'https://netverify.com';
export const JUMIO_HOST_EU = 'https://lon.netverify.com';
export const JUMIO_API_BASE = 'https://lon.netverify.com/api';

export const JUMIO_REGION_HOSTS: Record<'US' | 'EU' | 'SG', string> = {
  US: 'https://netverify.com',
  EU: 'https://lon.netverify.com',
  SG: 'https://core-sgp.jumio.com',
};

export const USER_AGENT = 'Acme Identity/4.2';
