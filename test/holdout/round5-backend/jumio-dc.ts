// Jumio data centres we have tenants in. Keep in sync with infra/terraform/jumio.tf
export enum JumioDataCentre {
  US = 'https://netverify.com',
  EU = 'https://lon.netverify.com',
}

export const RETRIEVAL_PATH = '/api/netverify/v2/authentications';
