// Two pre steps of the file assign idCheck (the second a stand-in): the handlers' reads may be of either value, so
// they are not followed — only the "leaves whole" item where the answer is returned.
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

const reuseIdCheck = (request) => ({ redirectUrl: `/applications/${request.params.id}/done` });

const handler = (request, h) => h.response({ url: request.pre.idCheck.redirectUrl }).code(201);

module.exports = (server) => {
  server.route({ method: 'POST', path: '/applications/{id}/id-check', options: { pre: [{ method: openIdCheck, assign: 'idCheck' }], handler } });
  server.route({ method: 'POST', path: '/applications/{id}/id-check/again', options: { pre: [{ method: reuseIdCheck, assign: 'idCheck' }], handler } });
};
