// A superagent agent (request = superagent) with the Basic credentials and a retry count as defaults: a GET is
// safely retried, and the call's own Authorization header replaces the agent's.
const request = require('superagent');

class JumioClient {
  constructor() {
    this.agent = request.agent().auth(process.env.JUMIO_TOKEN, process.env.JUMIO_SECRET).retry(2).timeout({ response: 5000 });
  }

  async details(reference) {
    const res = await this.agent.get(`https://netverify.com/api/netverify/v2/authentications/${reference}`).accept('json');
    return { ref: res.body.transactionReference, user: res.body.userReference };
  }
}

module.exports = { JumioClient };
