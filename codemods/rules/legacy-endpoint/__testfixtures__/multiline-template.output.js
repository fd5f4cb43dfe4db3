const region = process.env.REGION;

function retrievalUrl(ref) {
  // TODO(netverify-migrate): legacy-endpoint: legacy Jumio authentication retrieval retrieval.lon.netverify.com/api/netverify/v2/authentications/{…}: use GET retrieval.emea-1.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId} (see MIGRATION.md)
  const url = `
    https://retrieval.lon.netverify.com/api/netverify/v2/authentications/${ref}`.trim();
  return url;
}

module.exports = { retrievalUrl, region };
