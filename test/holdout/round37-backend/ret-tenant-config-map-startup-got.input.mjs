// Per-tenant identity settings, loaded once at start-up from the `tenant_identity` table into a Map keyed by tenant
// id. Each row carries the tenant's own Jumio base URL and API user (tenants were onboarded to the data centre of
// their choice), so the result poller needs nothing but the tenant id.
import got from 'got';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

/** @type {Map<string, { baseUrl: string, apiToken: string, apiSecret: string, userAgent: string }>} */
export const jumioConfigs = new Map();

export async function loadJumioConfigs() {
  const { rows } = await pool.query(
    'select tenant_id, jumio_base_url, jumio_api_token, jumio_api_secret, display_name from tenant_identity where enabled',
  );
  jumioConfigs.clear();
  for (const row of rows) {
    jumioConfigs.set(row.tenant_id, {
      baseUrl: row.jumio_base_url.replace(/\/+$/, ''),
      apiToken: row.jumio_api_token,
      apiSecret: row.jumio_api_secret,
      userAgent: `Bankly Platform/3.2 (${row.display_name})`,
    });
  }
  return jumioConfigs.size;
}

export async function pollFaceLogin(tenantId, reference) {
  const cfg = jumioConfigs.get(tenantId);
  if (!cfg) throw new Error(`tenant ${tenantId} has no identity settings`);
  const details = await got(`${cfg.baseUrl}/api/netverify/v2/authentications/${encodeURIComponent(reference)}`, {
    username: cfg.apiToken,
    password: cfg.apiSecret,
    headers: { accept: 'application/json', 'user-agent': cfg.userAgent },
    timeout: { request: 8000 },
    retry: { limit: 2 },
  }).json();
  const done = !['CREATED', 'STARTED'].includes(details.transactionResult);
  return {
    tenantId,
    reference: details.transactionReference,
    status: done ? details.transactionResult : 'PENDING',
    member: details.userReference,
  };
}
