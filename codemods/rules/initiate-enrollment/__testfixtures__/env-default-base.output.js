// A base URL from the environment with a legacy default, joined with new URL(): flagged at the call, not rewritten.
const got = require('got');

const BASE = process.env.JUMIO_BASE_URL || 'https://netverify.com';

exports.createLink = async function createLink(userId) {
  // TODO(netverify-migrate): initiate-enrollment: legacy Jumio enrollment initiate not migrated automatically: its URL is netverify.com/api/v4/initiate by default but can come from a setting (an environment variable or config value) the codemod cannot read: migrate this call by hand to the KYX account API (POST https://account.<region>.jumio.ai/api/v1/accounts) with an OAuth2 bearer token, and point the setting at the KYX host (see MIGRATION.md)
  const res = await got.post(new URL('/api/v4/initiate', BASE).toString(), {
    json: { customerInternalReference: userId },
    username: process.env.JUMIO_TOKEN,
    password: process.env.JUMIO_SECRET,
  }).json();
  return res.redirectUrl;
};
