'use strict';

module.exports = (app) => {
  class ResultService extends app.Service {
    // No dataType: data is a Buffer the code parses itself; flagged, not rewritten.
    async fetchResult(ref) {
      const res = await app.curl(`https://netverify.com/api/netverify/v2/authentications/${ref}`, {
        headers: { Authorization: `Basic ${app.config.jumio.basic}` },
      });
      return JSON.parse(res.data.toString()).transactionResult;
    }
  }
  return ResultService;
};
