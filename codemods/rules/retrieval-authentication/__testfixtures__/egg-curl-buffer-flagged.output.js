'use strict';

module.exports = (app) => {
  class ResultService extends app.Service {
    // No dataType: data is a Buffer the code parses itself; flagged, not rewritten.
    async fetchResult(ref) {
      // TODO(netverify-migrate): retrieval-authentication: legacy retrieval: an urllib (Egg / Midway HttpClient) call the codemod cannot migrate whole: the result's data is a Buffer (no dataType: 'json'), so the reads cannot be followed; migrate by hand to GET retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId} with a Bearer token
      const res = await app.curl(`https://netverify.com/api/netverify/v2/authentications/${ref}`, {
        headers: { Authorization: `Basic ${app.config.jumio.basic}` },
      });
      return JSON.parse(res.data.toString()).transactionResult;
    }
  }
  return ResultService;
};
