// The data centre is chosen at run time: the KYX region must be chosen the same way, by hand.
const NETVERIFY_HOSTS: Record<string, string> = {
  US: 'https://netverify.com',
  EU: 'https://lon.netverify.com',
  SGP: 'https://core-sgp.jumio.com',
};

export async function authentication(region: string, ref: string, basic: string) {
  // TODO(netverify-migrate): retrieval-authentication: legacy retrieval whose region is chosen at run time (amer-1, emea-1, apac-1): migrate by hand to GET retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId} with a Bearer token
  const res = await fetch(`${NETVERIFY_HOSTS[region]}/api/netverify/v2/authentications/${ref}`, {
    headers: { Authorization: `Basic ${basic}` },
  });
  return res.json();
}
