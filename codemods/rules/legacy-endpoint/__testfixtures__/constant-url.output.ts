// Region-specific initiate URL kept in a constant; the call that uses it lives elsewhere.
// TODO(netverify-migrate): legacy-endpoint: legacy Jumio initiate endpoint lon.netverify.com/api/authentication/v1/web/initiate was not migrated automatically (no call using it was proven here): move it to the KYX account API on account.emea-1.jumio.ai with an OAuth2 bearer token (see MIGRATION.md)
export const JUMIO_INITIATE_URL = 'https://lon.netverify.com/api/authentication/v1/web/initiate';

export const hosts: Record<string, string> = {
  // TODO(netverify-migrate): legacy-endpoint: legacy Jumio API base URL netverify.com/api/v4: a call still built on it must move to KYX by hand (initiate: account.amer-1.jumio.ai; retrieval: retrieval.amer-1.jumio.ai; see MIGRATION.md); calls this tool migrated send nothing to it (some still read it to pick the KYX host of their region): update or remove it once no code reads it
  US: "https://netverify.com/api/v4",
  // TODO(netverify-migrate): legacy-endpoint: legacy Jumio API base URL core-sgp.jumio.com: a call still built on it must move to KYX by hand (initiate: account.apac-1.jumio.ai; retrieval: retrieval.apac-1.jumio.ai; see MIGRATION.md); calls this tool migrated send nothing to it (some still read it to pick the KYX host of their region): update or remove it once no code reads it
  SG: 'https://core-sgp.jumio.com', // base only
};

export function scanUrl(ref: string): string {
    // TODO(netverify-migrate): legacy-endpoint: legacy Jumio Netverify endpoint netverify.com/api/netverify/v2/scans/{…}/data has no KYX rewrite in this tool: migrate it by hand (see MIGRATION.md)
    return `https://netverify.com/api/netverify/v2/scans/${ref}/data`;
}
