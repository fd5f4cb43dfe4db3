// A hapi route's pre step returns the answer and hapi assigns it to request.pre.idCheck for the handler: the
// handler's reads move.
const { kyxAccessToken } = require('./kyx-auth.cjs');

async function openIdCheck(request) {
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.cjs); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const res = await fetch('https://account.amer-1.jumio.ai/api/v1/accounts', {
    method: 'POST',
    headers: { authorization: `Bearer ${await kyxAccessToken('amer-1')}`, 'content-type': 'application/json' },
    body: JSON.stringify({ customerInternalReference: request.params.id, userReference: request.params.id, workflowDefinition: { key: 3 } }),
  });
  // TODO(netverify-migrate): initiate-enrollment: the legacy initiate response leaves here whole: code that reads redirectUrl / transactionReference from it (callers, the front end, stored copies and string key paths) must read web.href / workflowExecution.id
  return res.json();
}

module.exports = (server) => server.route({
  method: 'POST',
  path: '/applications/{id}/id-check',
  options: {
    pre: [{ method: openIdCheck, assign: 'idCheck' }],
    handler: (request, h) => h.response({ url: request.pre.idCheck.web.href }).code(201),
  },
});
