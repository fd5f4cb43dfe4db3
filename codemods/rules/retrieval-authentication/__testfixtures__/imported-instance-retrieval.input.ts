// Legacy retrievals sent through client instances created in another module (shared-retrieval-clients.ts): the
// instance adds the legacy base URL and Basic credentials, so the call must not be migrated here (it would keep
// them) nor pass silently: each gets an item naming the instance and its module. A call through an instance whose
// base URL is another API stays as it is.
import jumioGot, { netverify, reportsGateway } from './shared-retrieval-clients';

export async function authenticationOutcome(reference: string): Promise<string> {
  const { data } = await netverify.get<{ transactionResult: string }>(`/netverify/v2/authentications/${reference}`);
  return data.transactionResult;
}

export async function outcomeFromEnvHost(reference: string): Promise<string> {
  const body = await jumioGot.get(`api/netverify/v2/authentications/${reference}`).json<{ transactionResult: string }>();
  return body.transactionResult;
}

export async function archivedOutcome(reference: string): Promise<unknown> {
  // The company's own reporting service mirrors the path: not Jumio.
  return (await reportsGateway.get(`/netverify/v2/authentications/${reference}`)).data;
}
