// A lifetime written as arithmetic of literals is a constant: thirty days in minutes is "30d", two and a half
// hours "150m"; a product above the legacy limit stays a template and is flagged.
const request = require('request-promise');
const { kyxAccessToken } = require('./kyx-auth');

async function monthLink(user) {
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.js); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const body = await request({
    method: 'POST',
    uri: 'https://account.amer-1.jumio.ai/api/v1/accounts',
    json: { customerInternalReference: 'ACME-' + user.id, userReference: user.id, tokenLifetime: '30d', workflowDefinition: { key: 3 } },
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  });
  return body.web.href;
}

async function shortLink(user) {
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.js); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const body = await request({
    method: 'POST',
    uri: 'https://account.amer-1.jumio.ai/api/v1/accounts',
    json: { customerInternalReference: 'ACME-' + user.id, tokenLifetime: '150m', workflowDefinition: { key: 3 } },
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  });
  return body.web.href;
}

async function tooLong(user) {
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.js); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const body = await request({
    method: 'POST',
    uri: 'https://account.amer-1.jumio.ai/api/v1/accounts',
    // TODO(netverify-migrate): initiate-enrollment: tokenLifetimeInMinutes is outside the lifetimes KYX accepts (tokenLifetime 5m to 60d): must be between 5 and 86400, got 129600 — written as minutes; choose a lifetime in range
    json: { customerInternalReference: 'ACME-' + user.id, tokenLifetime: `${60 * 24 * 90}m`, workflowDefinition: { key: 3 } },
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  });
  return body.web.href;
}

module.exports = { monthLink, shortLink, tooLong };
