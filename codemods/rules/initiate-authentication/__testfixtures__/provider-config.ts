// Support file: provider registry (ESM, NodeNext-style .js specifier in the importer).
export const JUMIO = { baseUrl: 'https://lon.netverify.com' };
export const PATHS = { initiate: '/api/authentication/v1/web/initiate' } as const;
