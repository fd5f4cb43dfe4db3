// Legacy retrievals sent through client instances created in another module (shared-retrieval-clients.ts): the
// instance adds the legacy base URL and Basic credentials, so the call must not be migrated here (it would keep
// them) nor pass silently: each gets an item naming the instance and its module. A call through an instance whose
// base URL is another API stays as it is.
import jumioGot, { netverify, reportsGateway } from './shared-retrieval-clients';

export async function authenticationOutcome(reference: string): Promise<string> {
  // TODO(netverify-migrate): retrieval-authentication: legacy Jumio authentication retrieval not migrated automatically: it goes through `netverify`, the axios.create() instance of ./shared-retrieval-clients (line 6); its base URL makes this call GET a legacy authentication retrieval (https://lon.netverify.com). The codemod does not migrate a call whose instance is configured in another module (the instance would still add its base URL and credentials, and serves other calls): migrate this call by hand to GET https://retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId} with an OAuth2 bearer token, overriding the instance's base URL and credentials in the call (axios: an absolute URL and auth: null), or send it through a KYX client (see MIGRATION.md)
  const { data } = await netverify.get<{ transactionResult: string }>(`/netverify/v2/authentications/${reference}`);
  return data.transactionResult;
}

export async function outcomeFromEnvHost(reference: string): Promise<string> {
  // TODO(netverify-migrate): retrieval-authentication: legacy Jumio authentication retrieval not migrated automatically: it goes through `jumioGot`, the got.extend() instance of ./shared-retrieval-clients (line 13); its base URL is a value the codemod cannot read, and this call GETs the legacy authentication retrieval path. The codemod does not migrate a call whose instance is configured in another module (the instance would still add its base URL and credentials, and serves other calls): migrate this call by hand to GET https://retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId} with an OAuth2 bearer token, overriding the instance's base URL and credentials in the call (axios: an absolute URL and auth: null), or send it through a KYX client (see MIGRATION.md)
  const body = await jumioGot.get(`api/netverify/v2/authentications/${reference}`).json<{ transactionResult: string }>();
  return body.transactionResult;
}

export async function archivedOutcome(reference: string): Promise<unknown> {
  // The company's own reporting service mirrors the path: not Jumio.
  return (await reportsGateway.get(`/netverify/v2/authentications/${reference}`)).data;
}
