// The lookup the initiate rules write for a call whose region is chosen at run time: the legacy origins are only the
// keys of the legacy → KYX map, so a second run must not report them (the codemod must be idempotent).
const { kyxAccessToken } = require('./kyx-auth.cjs');

exports.start = async function start(legacyOrigin, body) {
  const kyxOrigin = { 'https://netverify.com': 'https://account.amer-1.jumio.ai', 'https://lon.netverify.com': 'https://account.emea-1.jumio.ai' }[legacyOrigin];
  const res = await fetch(`${kyxOrigin}/api/v1/accounts`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${await kyxAccessToken(kyxOrigin)}` },
    body: JSON.stringify(body),
  });
  return res.json();
};
