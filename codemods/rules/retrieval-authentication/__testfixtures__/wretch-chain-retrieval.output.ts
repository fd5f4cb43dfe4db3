// A wretch chain to the legacy retrieval: the retrieval rule does not rewrite wretch chains (their Bearer header and
// the two-step KYX lookup are migrated by hand); flagged at the call.
import wretch from 'wretch';
const basic = `Basic ${process.env.JUMIO_BASIC}`;
export async function details(ref: string) {
  // TODO(netverify-migrate): retrieval-authentication: legacy retrieval through a wretch chain: migrate by hand to GET retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId} with a Bearer token
  const d = await wretch(`https://netverify.com/api/netverify/v2/authentications/${ref}`).auth(basic).get().json<{ transactionResult: string }>();
  return d.transactionResult;
}
