// CommonJS service: the endpoint and the Basic header come from getters of a settings object literal (US).
const rp = require('request-promise-native');

const jumio = {
  host: 'https://netverify.com',
  get initiateUrl() {
    return this.host + '/api/authentication/v1/web/initiate';
  },
  get authorization() {
    return 'Basic ' + Buffer.from(process.env.JUMIO_API_TOKEN + ':' + process.env.JUMIO_API_SECRET).toString('base64');
  },
};

module.exports.startFaceLogin = async function startFaceLogin(user) {
  const started = await rp.post({
    uri: jumio.initiateUrl,
    json: {
      enrollmentTransactionReference: user.jumioEnrollment,
      userReference: user.id,
      successUrl: 'https://members.acme-gym.example/face/ok',
    },
    headers: { Authorization: jumio.authorization, 'User-Agent': 'Acme Gym/1.7' },
  });
  return { redirect: started.redirectUrl, reference: started.transactionReference };
};
