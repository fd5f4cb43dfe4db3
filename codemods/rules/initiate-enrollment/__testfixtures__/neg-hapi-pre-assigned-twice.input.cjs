// Two pre steps of the file assign idCheck (the second a stand-in): the handlers' reads may be of either value, so
// they are not followed — only the "leaves whole" item where the answer is returned.
const NV = 'https://netverify.com/api/v4/initiate';

async function openIdCheck(request) {
  const res = await fetch(NV, {
    method: 'POST',
    headers: { authorization: 'Basic ' + process.env.NV_BASIC, 'content-type': 'application/json' },
    body: JSON.stringify({ customerInternalReference: request.params.id, userReference: request.params.id }),
  });
  return res.json();
}

const reuseIdCheck = (request) => ({ redirectUrl: `/applications/${request.params.id}/done` });

const handler = (request, h) => h.response({ url: request.pre.idCheck.redirectUrl }).code(201);

module.exports = (server) => {
  server.route({ method: 'POST', path: '/applications/{id}/id-check', options: { pre: [{ method: openIdCheck, assign: 'idCheck' }], handler } });
  server.route({ method: 'POST', path: '/applications/{id}/id-check/again', options: { pre: [{ method: reuseIdCheck, assign: 'idCheck' }], handler } });
};
