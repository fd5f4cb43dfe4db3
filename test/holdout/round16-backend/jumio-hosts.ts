// Jumio data-centre hosts and paths, shared by the services (re-exported by jumio-barrel.ts).
export const JUMIO_US = 'https://netverify.com';
export const JUMIO_SGP = 'https://core-sgp.jumio.com';
export const AUTH_INITIATE_PATH = '/api/authentication/v1/web/initiate';
