const rp = require('request-promise-native');
const { recordEnrollment } = require('./enrollments');

const V4_INITIATE = 'https://lon.netverify.com/api/v4/initiate';

exports.enrol = async function enrol(customer) {
  const response = await rp.post({
    uri: V4_INITIATE,
    json: true,
    resolveWithFullResponse: true,
    auth: { user: process.env.JUMIO_TOKEN, pass: process.env.JUMIO_SECRET },
    headers: { 'User-Agent': 'Northwind Onboarding/5.0' },
    body: {
      customerInternalReference: customer.id,
      userReference: customer.id,
      workflowId: 200,
      successUrl: 'https://onboarding.northwind.example/kyc/done',
      locale: customer.locale,
    },
  });
  if (response.statusCode !== 200) throw new Error('Jumio refused the enrolment');
  await recordEnrollment(customer.id, response.body.transactionReference);
  return response.body.redirectUrl;
};
