// JavaScript static class fields (no readonly in JS) read through the class name: the initialiser, and every value the
// file assigns to the field, are the values the URL can take.
const axios = require('axios');

class Netverify {
  static HOST = 'https://netverify.com';
  static INITIATE = '/api/auth/v1/initiate';

  static async authenticate(enrollmentReference, userReference) {
    const res = await axios.post(Netverify.HOST + Netverify.INITIATE, { enrollmentTransactionReference: enrollmentReference, userReference }, {
      auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET },
    });
    return { redirect: res.data.redirectUrl, txn: res.data.transactionReference };
  }
}

// A field the file sets from configuration: its value is unknown, the call is not migrated.
class Configured {
  static HOST = 'https://lon.netverify.com';

  static configure(host) {
    this.HOST = host;
  }

  static async authenticate(enrollmentReference) {
    const res = await axios.post(`${Configured.HOST}/api/authentication/v1/web/initiate`, { enrollmentTransactionReference: enrollmentReference }, {
      auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET },
    });
    return res.data.redirectUrl;
  }
}

module.exports = { Netverify, Configured };
