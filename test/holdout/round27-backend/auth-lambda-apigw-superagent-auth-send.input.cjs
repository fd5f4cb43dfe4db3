// Face login start for the mobile web app (AWS Lambda behind API Gateway, CommonJS): the app posts the member's ids,
// the function opens an authentication on the US data centre with superagent.
const superagent = require('superagent');
const { saveFaceLogin } = require('./store');

exports.handler = async (event) => {
  const { memberId, enrollmentRef } = JSON.parse(event.body || '{}');
  if (!memberId || !enrollmentRef) {
    return { statusCode: 400, body: JSON.stringify({ message: 'memberId and enrollmentRef are required' }) };
  }
  const res = await superagent
    .post('https://netverify.com/api/authentication/v1/web/initiate')
    .auth(process.env.JUMIO_API_TOKEN, process.env.JUMIO_API_SECRET)
    .set('Accept', 'application/json')
    .set('User-Agent', 'Acme Mobile Login/2.2')
    .send({
      enrollmentTransactionReference: enrollmentRef,
      userReference: memberId,
      callbackUrl: 'https://api.acme-mobile.com/hooks/face-login',
      successUrl: 'https://m.acme-mobile.com/login/face/done',
      tokenLifetimeInMinutes: 60,
    });
  await saveFaceLogin(memberId, res.body.transactionReference);
  return {
    statusCode: 200,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ url: res.body.redirectUrl }),
  };
};
