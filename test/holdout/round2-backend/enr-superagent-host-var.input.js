const superagent = require('superagent');

function jumioHost(region) {
  return region === 'EU' ? 'lon.netverify.com' : 'netverify.com';
}

exports.createVerification = async function createVerification(user, region) {
  const { body } = await superagent
    .post(`https://${jumioHost(region)}/api/v4/initiate`)
    .auth(process.env.JUMIO_TOKEN, process.env.JUMIO_SECRET)
    .set('Accept', 'application/json')
    .set('User-Agent', 'Fernwood Onboarding/2.2')
    .send({
      customerInternalReference: user.uuid,
      userReference: user.email_hash,
      locale: user.language || 'en',
    });
  return { link: body.redirectUrl, scan: body.transactionReference };
};
