// Calls to a legacy Jumio API host on a path that host never served — KYX routes written against the old host
// (/api/v4/accounts/…, /api/v1/accounts/…). They fail the day the legacy API goes, like any legacy call, so each is
// flagged; a page of the same host that is not under /api/ (a mock redirect target) stays quiet.
export async function accountStatus(accountId: string, token: string) {
  // TODO(netverify-migrate): legacy-endpoint: legacy Jumio Netverify endpoint netverify.com/api/v4/accounts/{…} has no KYX rewrite in this tool: migrate it by hand (see MIGRATION.md)
  const res = await fetch(`https://netverify.com/api/v4/accounts/${accountId}`, { headers: { Authorization: `Bearer ${token}` } });
  return res.json();
}

export async function workflowDetails(accountId: string, executionId: string, token: string) {
  // TODO(netverify-migrate): legacy-endpoint: legacy Jumio Netverify endpoint lon.netverify.com/api/v1/accounts/{…}/workflow-executions/{…} has no KYX rewrite in this tool: migrate it by hand (see MIGRATION.md)
  const url = `https://lon.netverify.com/api/v1/accounts/${accountId}/workflow-executions/${executionId}`;
  const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
  return res.json();
}

export const mockRedirect = (id: string) => `https://netverify.com/verify/${id}`;
