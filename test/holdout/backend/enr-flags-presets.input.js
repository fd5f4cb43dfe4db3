import axios from 'axios';

export async function startKyc(user, country) {
  const res = await axios.post('https://netverify.com/api/v4/initiate', {
    userReference: user.id,
    workflowId: 999,
    successUrl: 'https://app.example.com/kyc/done?' + 'ref=' + user.id,
    errorUrl: 'https://app.example.com/kyc/error?state=' + 'x'.repeat(300),
    presets: [
      { index: 1, country, type: 'PASSPORT' },
      { index: 2, country: 'USA', type: 'DRIVING_LICENSE' },
    ],
    reportingCriteria: 'web-signup',
  }, { auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET } });
  return res.data.redirectUrl;
}
