// Support file: Jumio settings imported by undici-request.input.ts.
export const JUMIO_API = 'https://core-sgp.jumio.com/api/netverify/v2';
export const USER_AGENT = 'Acme Pay/3.1';
