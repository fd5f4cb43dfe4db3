// CommonJS service object (SGP): the host is a property the methods read through `this`.
const fetch = require('node-fetch');

const jumio = {
  base: 'https://core-sgp.jumio.com',
  userAgent: 'Acme SG/1.2',

  async startFaceAuth(enrollmentRef, userId) {
    const res = await fetch(`${this.base}/api/authentication/v1/web/initiate`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': this.userAgent,
        Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64'),
      },
      body: JSON.stringify({ enrollmentTransactionReference: enrollmentRef, userReference: userId }),
    });
    const started = await res.json();
    return { url: started.redirectUrl, ref: started.transactionReference };
  },
};

module.exports = jumio;
