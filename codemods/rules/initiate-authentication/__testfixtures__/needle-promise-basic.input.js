const needle = require('needle');

const JUMIO = {
  url: 'https://lon.netverify.com/api/authentication/v1/web/initiate',
  token: process.env.NETVERIFY_TOKEN,
  secret: process.env.NETVERIFY_SECRET,
};

async function startFaceAuthentication(member) {
  const response = await needle('post', JUMIO.url, {
    enrollmentTransactionReference: member.enrollmentReference,
    userReference: member.memberNo,
  }, { json: true, username: JUMIO.token, password: JUMIO.secret, auth: 'basic', user_agent: 'Gymnasia Members/4.2' });
  if (response.statusCode !== 200) throw new Error('face authentication could not be started');
  return { link: response.body.redirectUrl, reference: response.body.transactionReference };
}

module.exports = { startFaceAuthentication };
