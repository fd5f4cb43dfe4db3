// A superagent agent whose credentials are an 'auto' auth default: Node's superagent sets them as a Basic header when
// each request is sent, after the call's own headers, so a Bearer header set by the call would be replaced.
const superagent = require('superagent');

const jumio = superagent.agent().auth(process.env.JUMIO_TOKEN, process.env.JUMIO_SECRET, { type: 'auto' });

async function details(reference) {
  const res = await jumio.get(`https://netverify.com/api/netverify/v2/authentications/${reference}`);
  return res.body.userReference;
}

module.exports = { details };
