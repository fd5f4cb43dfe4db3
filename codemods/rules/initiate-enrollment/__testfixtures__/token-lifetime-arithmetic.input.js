// A lifetime written as arithmetic of literals is a constant: thirty days in minutes is "30d", two and a half
// hours "150m"; a product above the legacy limit stays a template and is flagged.
const request = require('request-promise');

const auth = { user: process.env.NV_TOKEN, pass: process.env.NV_SECRET };

async function monthLink(user) {
  const body = await request({
    method: 'POST',
    uri: 'https://netverify.com/api/v4/initiate',
    auth,
    json: { customerInternalReference: 'ACME-' + user.id, userReference: user.id, tokenLifetimeInMinutes: 60 * 24 * 30 },
  });
  return body.redirectUrl;
}

async function shortLink(user) {
  const body = await request({
    method: 'POST',
    uri: 'https://netverify.com/api/v4/initiate',
    auth,
    json: { customerInternalReference: 'ACME-' + user.id, tokenLifetimeInMinutes: (2 * 60) + 30 },
  });
  return body.redirectUrl;
}

async function tooLong(user) {
  const body = await request({
    method: 'POST',
    uri: 'https://netverify.com/api/v4/initiate',
    auth,
    json: { customerInternalReference: 'ACME-' + user.id, tokenLifetimeInMinutes: 60 * 24 * 90 },
  });
  return body.redirectUrl;
}

module.exports = { monthLink, shortLink, tooLong };
