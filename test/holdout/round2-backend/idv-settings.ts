// Identity provider settings shared by the API service. Region hosts come from the Jumio account manager.
export const IDV_HOSTS = {
  us: 'https://netverify.com',
  eu: 'https://lon.netverify.com',
} as const;

export type IdvRegion = keyof typeof IDV_HOSTS;

export const IDV_AUTH_PATH = '/api/authentication/v1/web/initiate';
export const IDV_USER_AGENT = 'Northwind Banking/3.1.0';
export const IDV_TIMEOUT_MS = 15_000;
