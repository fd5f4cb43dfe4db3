const rp = require('request-promise-native');
const { recordEnrollment } = require('./enrollments');
const { kyxAccessToken } = require('./kyx-auth');

exports.enrol = async function enrol(customer) {
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.js); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const response = await rp.post({
    uri: 'https://account.emea-1.jumio.ai/api/v1/accounts',
    json: true,
    resolveWithFullResponse: true,
    headers: { 'User-Agent': 'Northwind Onboarding/5.0', Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
    body: {
      customerInternalReference: customer.id,
      userReference: customer.id,
      workflowDefinition: { key: 3 },
      web: {
        successUrl: 'https://onboarding.northwind.example/kyc/done',
        locale: customer.locale,
      },
    },
  });
  if (response.statusCode !== 200) throw new Error('Jumio refused the enrolment');
  await recordEnrollment(customer.id, response.body.workflowExecution.id);
  return response.body.web.href;
};
