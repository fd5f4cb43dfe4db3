// Per-tenant identity settings for the tenants still on Onfido, loaded once at start-up from the `tenant_identity`
// table into a Map keyed by tenant id. Each row carries the tenant's Onfido region URL and API token, so the check
// poller needs nothing but the tenant id.
import got from 'got';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

/** @type {Map<string, { baseUrl: string, apiToken: string, userAgent: string }>} */
export const onfidoConfigs = new Map();

export async function loadOnfidoConfigs() {
  const { rows } = await pool.query(
    "select tenant_id, onfido_base_url, onfido_api_token, display_name from tenant_identity where provider = 'onfido'",
  );
  onfidoConfigs.clear();
  for (const row of rows) {
    onfidoConfigs.set(row.tenant_id, {
      baseUrl: row.onfido_base_url.replace(/\/+$/, ''),
      apiToken: row.onfido_api_token,
      userAgent: `Bankly Platform/3.2 (${row.display_name})`,
    });
  }
  return onfidoConfigs.size;
}

export async function pollCheck(tenantId, checkId) {
  const cfg = onfidoConfigs.get(tenantId);
  if (!cfg) throw new Error(`tenant ${tenantId} has no identity settings`);
  const check = await got(`${cfg.baseUrl}/v3.6/checks/${encodeURIComponent(checkId)}`, {
    headers: { accept: 'application/json', authorization: `Token token=${cfg.apiToken}`, 'user-agent': cfg.userAgent },
    timeout: { request: 8000 },
    retry: { limit: 2 },
  }).json();
  const done = check.status === 'complete';
  return {
    tenantId,
    reference: check.id,
    status: done ? check.result : 'PENDING',
    applicant: check.applicant_id,
  };
}
