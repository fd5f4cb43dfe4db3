const bent = require('bent');
const { kyxAccessToken } = require('./kyx-auth');

const jumioBasic = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');
// One bent client for the US data centre: the base, the method, JSON in and out, 200 only.
const jumioPost = bent('https://netverify.com', 'POST', 'json', 200, {
  Authorization: `Basic ${jumioBasic}`,
  'User-Agent': 'Harbor Credit onboarding/3.3',
});

async function startIdVerification(applicant) {
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.js); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const started = await bent('POST', 'json', 200, { 'User-Agent': 'Harbor Credit onboarding/3.3' })('https://account.amer-1.jumio.ai/api/v1/accounts', {
    customerInternalReference: applicant.applicationId,
    userReference: applicant.userId,
    web: {
      successUrl: 'https://apply.harborcredit.example/id/ok',
      errorUrl: 'https://apply.harborcredit.example/id/error',
    },
    workflowDefinition: { key: 3 },
  }, { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` });
  return { url: started.web.href, reference: started.workflowExecution.id };
}

async function acceptedIdTypes() {
  return jumioPost('/api/netverify/v2/acceptedIdTypes');
}

module.exports = { startIdVerification, acceptedIdTypes };
