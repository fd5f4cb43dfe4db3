// A superagent agent with a plugin as a default: what it does to a KYX request is unknown.
const superagent = require('superagent');
const prefix = require('superagent-prefix');

const jumio = superagent.agent();
jumio.use(prefix('https://netverify.com')).auth(process.env.JUMIO_TOKEN, process.env.JUMIO_SECRET);

async function details(reference) {
  // TODO(netverify-migrate): retrieval-authentication: legacy retrieval: the superagent agent's default .use(…) (line 6) also applies to a KYX request sent through the agent, and the codemod cannot tell what it does to it: send this call through superagent itself (or an agent without it), then migrate it as in MIGRATION.md
  const res = await jumio.get(`https://netverify.com/api/netverify/v2/authentications/${reference}`);
  return res.body.transactionReference;
}

module.exports = { details };
