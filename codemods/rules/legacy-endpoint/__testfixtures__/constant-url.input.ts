// Region-specific initiate URL kept in a constant; the call that uses it lives elsewhere.
export const JUMIO_INITIATE_URL = 'https://lon.netverify.com/api/authentication/v1/web/initiate';

export const hosts: Record<string, string> = {
  US: "https://netverify.com/api/v4",
  SG: 'https://core-sgp.jumio.com', // base only
};

export function scanUrl(ref: string): string {
    return `https://netverify.com/api/netverify/v2/scans/${ref}/data`;
}
