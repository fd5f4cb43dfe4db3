// A superagent agent whose credentials are an 'auto' auth default: Node's superagent sets them as a Basic header when
// each request is sent, after the call's own headers, so a Bearer header set by the call would be replaced.
const superagent = require('superagent');

const jumio = superagent.agent().auth(process.env.JUMIO_TOKEN, process.env.JUMIO_SECRET, { type: 'auto' });

async function details(reference) {
  // TODO(netverify-migrate): retrieval-authentication: legacy retrieval: the superagent agent's default .auth(…) (line 5) keeps the credentials with a type other than basic or bearer, and Node's superagent sets them as a Basic Authorization header when each request is sent, over the call's own Bearer header: send this call through superagent itself (or an agent without them), then migrate it as in MIGRATION.md
  const res = await jumio.get(`https://netverify.com/api/netverify/v2/authentications/${reference}`);
  return res.body.userReference;
}

module.exports = { details };
