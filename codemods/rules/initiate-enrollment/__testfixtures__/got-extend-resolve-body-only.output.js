const got = require('got');

// resolveBodyOnly on the instance makes every call resolve to the body, and a JSON body only with responseType:
// what the call resolves to is decided by an option the migrated call would not see. Flagged, left working.
const netverify = got.extend({
  prefixUrl: 'https://lon.netverify.com/api/v4',
  username: process.env.NETVERIFY_TOKEN,
  password: process.env.NETVERIFY_SECRET,
  responseType: 'json',
  resolveBodyOnly: true,
});

async function startVerification(userId) {
  // TODO(netverify-migrate): initiate-enrollment: legacy Jumio enrollment initiate not migrated automatically: the call goes through a got.extend() instance whose base URL and credentials also apply to a KYX URL; call got directly (or a separate instance) with the KYX account URL and Authorization: Bearer from kyxAccessToken
  const started = await netverify.post('initiate', { json: { customerInternalReference: userId, workflowId: 100 } });
  return started.redirectUrl;
}

module.exports = { startVerification };
