// A base URL from the environment with a legacy default, joined with new URL(): flagged at the call, not rewritten.
const got = require('got');

const BASE = process.env.JUMIO_BASE_URL || 'https://netverify.com';

exports.createLink = async function createLink(userId) {
  const res = await got.post(new URL('/api/v4/initiate', BASE).toString(), {
    json: { customerInternalReference: userId },
    username: process.env.JUMIO_TOKEN,
    password: process.env.JUMIO_SECRET,
  }).json();
  return res.redirectUrl;
};
