// Credentials the shim benchmark configures in its own emulator and shim (loopback only, throwaway).
export const BENCH_CALLER = { apiToken: 'bench-api-token', apiSecret: 'bench-api-secret' };
export const BENCH_CLIENT = { clientId: 'bench-client', clientSecret: 'bench-client-secret' };
