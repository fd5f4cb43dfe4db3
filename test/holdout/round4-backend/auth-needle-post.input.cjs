const needle = require('needle');
const log = require('./log');

const NETVERIFY = {
  url: 'https://lon.netverify.com/api/authentication/v1/web/initiate',
  token: process.env.NETVERIFY_TOKEN,
  secret: process.env.NETVERIFY_SECRET,
};

async function startFaceAuthentication(member) {
  const response = await needle(
    'post',
    NETVERIFY.url,
    {
      enrollmentTransactionReference: member.enrollmentReference,
      userReference: member.memberNo,
      callbackUrl: 'https://members.gymnasia.club/api/netverify/callback',
    },
    {
      json: true,
      username: NETVERIFY.token,
      password: NETVERIFY.secret,
      auth: 'basic',
      user_agent: 'Gymnasia Members/4.2',
    },
  );
  if (response.statusCode !== 200) {
    log.warn('netverify initiate failed', response.statusCode);
    throw new Error('face authentication could not be started');
  }
  return { link: response.body.redirectUrl, reference: response.body.transactionReference };
}

module.exports = { startFaceAuthentication };
