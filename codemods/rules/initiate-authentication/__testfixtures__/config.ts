// Support file: provider configuration (ESM), imported by imported-constant-then.
const JUMIO_API = new URL('/api/authentication/v1/', 'https://lon.netverify.com');

export const JUMIO_AUTH_INITIATE_URL = new URL('web/initiate', JUMIO_API.href).href;
export const JUMIO_USER_AGENT = 'Example Co Face/1.0';
