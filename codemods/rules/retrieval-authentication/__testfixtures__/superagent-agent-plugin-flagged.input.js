// A superagent agent with a plugin as a default: what it does to a KYX request is unknown.
const superagent = require('superagent');
const prefix = require('superagent-prefix');

const jumio = superagent.agent();
jumio.use(prefix('https://netverify.com')).auth(process.env.JUMIO_TOKEN, process.env.JUMIO_SECRET);

async function details(reference) {
  const res = await jumio.get(`https://netverify.com/api/netverify/v2/authentications/${reference}`);
  return res.body.transactionReference;
}

module.exports = { details };
