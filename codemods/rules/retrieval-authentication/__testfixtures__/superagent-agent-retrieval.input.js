// A superagent agent kept by a class: its request is a superagent chain, awaited for res.body.
const superagent = require('superagent');

class FaceLoginClient {
  constructor() {
    this.agent = superagent.agent();
  }

  async result(reference) {
    const res = await this.agent
      .get(`https://netverify.com/api/netverify/v2/authentications/${reference}`)
      .auth(process.env.JUMIO_TOKEN, process.env.JUMIO_SECRET)
      .accept('json');
    return { user: res.body.userReference, id: res.body.transactionReference };
  }
}

module.exports = { FaceLoginClient };
