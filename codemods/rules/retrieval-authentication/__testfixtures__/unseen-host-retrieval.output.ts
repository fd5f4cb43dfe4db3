// The legacy authentication retrieval path after a host the codemod cannot read (a config value, a parameter) is
// reported at the call: not proven, so not rewritten. The same path after a known host of another service is not
// Jumio's and stays untouched.
import axios from 'axios';

declare const settings: { jumioBase: string; jumioToken: string; jumioSecret: string };

export async function authenticationResult(reference: string) {
  // TODO(netverify-migrate): retrieval-authentication: legacy Jumio authentication retrieval not migrated automatically: it is sent to {…}/api/netverify/v2/authentications/{…}, whose host comes from a value the codemod cannot read (a config value, an imported setting, a parameter): if it is a legacy Jumio host, migrate this call by hand to GET https://retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId} with an OAuth2 bearer token, and point the setting at the KYX host (see MIGRATION.md)
  const { data } = await axios.get(`${settings.jumioBase}/api/netverify/v2/authentications/${reference}`, {
    auth: { username: settings.jumioToken, password: settings.jumioSecret },
  });
  return data.transactionResult;
}

export async function resultVia(apiBase: string, reference: string) {
  // TODO(netverify-migrate): retrieval-authentication: legacy Jumio authentication retrieval not migrated automatically: it is sent to {…}/api/netverify/v2/authentications/{…}, whose host comes from a value the codemod cannot read (a config value, an imported setting, a parameter): if it is a legacy Jumio host, migrate this call by hand to GET https://retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId} with an OAuth2 bearer token, and point the setting at the KYX host (see MIGRATION.md)
  const res = await fetch(apiBase + '/api/netverify/v2/authentications/' + encodeURIComponent(reference));
  return (await res.json()).transactionResult;
}

export async function resultOnHost(host: string, reference: string) {
  // TODO(netverify-migrate): retrieval-authentication: legacy Jumio authentication retrieval not migrated automatically: it is sent to https://{…}/api/netverify/v2/authentications/{…}, whose host comes from a value the codemod cannot read (a config value, an imported setting, a parameter): if it is a legacy Jumio host, migrate this call by hand to GET https://retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId} with an OAuth2 bearer token, and point the setting at the KYX host (see MIGRATION.md)
  const { data } = await axios.get(`https://${host}/api/netverify/v2/authentications/${reference}`);
  return data.transactionResult;
}

const AUDIT = 'https://audit.internal.example.com';
export async function auditCopy(reference: string) {
  const { data } = await axios.get(`${AUDIT}/api/netverify/v2/authentications/${reference}`);
  return data;
}
