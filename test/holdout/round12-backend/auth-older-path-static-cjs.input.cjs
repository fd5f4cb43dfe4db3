// CommonJS class with static members: the older /api/auth/v1/initiate path on the US host, axios taken as .default.
const axios = require('axios').default;

class Netverify {
  static HOST = 'https://netverify.com';
  static INITIATE = '/api/auth/v1/initiate';

  static async authenticate(enrollmentReference, userReference) {
    const res = await axios.post(Netverify.HOST + Netverify.INITIATE, {
      enrollmentTransactionReference: enrollmentReference,
      userReference,
      callbackUrl: 'https://shop.acme.example/api/jumio/callback',
    }, {
      headers: {
        Authorization: 'Basic ' + Buffer.from(process.env.JUMIO_TOKEN + ':' + process.env.JUMIO_SECRET).toString('base64'),
        'User-Agent': 'Acme Shop/9.9',
      },
    });
    return { redirect: res.data.redirectUrl, txn: res.data.transactionReference };
  }
}

module.exports = Netverify;
