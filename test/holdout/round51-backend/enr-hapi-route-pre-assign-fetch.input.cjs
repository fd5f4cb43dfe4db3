// Cottonwood Lending (US) co-borrower onboarding API. hapi 21, CommonJS, the global fetch. The route's `pre` step
// opens the identity check and hapi assigns its answer to request.pre.idCheck for the handler.
'use strict';

const { findApplication, saveCoBorrowerIdCheck } = require('./db.cjs');

const NETVERIFY_V4_INITIATE = 'https://netverify.com/api/v4/initiate';
const BASIC = 'Basic ' + Buffer.from(`${process.env.COTTONWOOD_NV_TOKEN}:${process.env.COTTONWOOD_NV_SECRET}`).toString('base64');

async function openIdCheck(request, h) {
  const application = await findApplication(request.params.applicationId);
  const coBorrower = application.coBorrowers.find((b) => b.id === request.params.coBorrowerId);
  const res = await fetch(NETVERIFY_V4_INITIATE, {
    method: 'POST',
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      authorization: BASIC,
      'user-agent': 'Cottonwood-LOS/7.2',
    },
    body: JSON.stringify({
      customerInternalReference: `${application.id}/${coBorrower.id}`,
      userReference: coBorrower.id,
      workflowId: 100,
      successUrl: `https://apply.cottonwood.example/applications/${application.id}/co-borrower/id-done`,
      errorUrl: `https://apply.cottonwood.example/applications/${application.id}/co-borrower/id-error`,
      locale: 'en',
      tokenLifetimeInMinutes: 1440,
    }),
  });
  if (!res.ok) throw new Error(`identity check not opened: ${res.status}`);
  return res.json();
}

module.exports = {
  name: 'co-borrower-id-check',
  register(server) {
    server.route({
      method: 'POST',
      path: '/applications/{applicationId}/co-borrowers/{coBorrowerId}/id-check',
      options: {
        pre: [{ method: openIdCheck, assign: 'idCheck' }],
        handler: async (request, h) => {
          const { idCheck } = request.pre;
          await saveCoBorrowerIdCheck(request.params.applicationId, request.params.coBorrowerId, idCheck.transactionReference);
          return h.response({ idCheckUrl: idCheck.redirectUrl }).code(201);
        },
      },
    });
  },
};
