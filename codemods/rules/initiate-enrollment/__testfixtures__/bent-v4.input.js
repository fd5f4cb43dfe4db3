const bent = require('bent');

const jumioBasic = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');
// One bent client for the US data centre: the base, the method, JSON in and out, 200 only.
const jumioPost = bent('https://netverify.com', 'POST', 'json', 200, {
  Authorization: `Basic ${jumioBasic}`,
  'User-Agent': 'Harbor Credit onboarding/3.3',
});

async function startIdVerification(applicant) {
  const started = await jumioPost('/api/v4/initiate', {
    customerInternalReference: applicant.applicationId,
    userReference: applicant.userId,
    successUrl: 'https://apply.harborcredit.example/id/ok',
    errorUrl: 'https://apply.harborcredit.example/id/error',
  });
  return { url: started.redirectUrl, reference: started.transactionReference };
}

async function acceptedIdTypes() {
  return jumioPost('/api/netverify/v2/acceptedIdTypes');
}

module.exports = { startIdVerification, acceptedIdTypes };
