// Comments written beside the redirect URLs of the legacy body must survive when the URLs move under web:
// the one beside the first URL, the one beside the second, and the line above the second; also when the moved
// URL is the body's last property and the migration adds a property after it.
const fetch = require('node-fetch');
const { kyxAccessToken } = require('./kyx-auth');

async function openVerification(email) {
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.js); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const res = await fetch('https://account.amer-1.jumio.ai/api/v1/accounts', {
    method: 'POST',
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}`, 'Content-Type': 'application/json', 'User-Agent': 'Shop/2.1' },
    body: JSON.stringify({
      customerInternalReference: email,
      web: {
        successUrl: 'https://shop.example/kyc/done', // shown after the capture
        // only reached when the capture fails
        errorUrl: 'https://shop.example/kyc/failed', /* must be https */
      },
      userReference: email,
      workflowDefinition: { key: 3 },
    }),
  });
  const started = await res.json();
  return started.web.href;
}

async function openSimple(email) {
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.js); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const res = await fetch('https://account.amer-1.jumio.ai/api/v1/accounts', {
    method: 'POST',
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}`, 'Content-Type': 'application/json', 'User-Agent': 'Shop/2.1' },
    body: JSON.stringify({
      customerInternalReference: email,
      web: {
        successUrl: 'https://shop.example/ok', // handled by the callback anyway
        errorUrl: 'https://shop.example/ko'
      },
      workflowDefinition: { key: 3 }
    }),
  });
  return (await res.json()).web.href;
}

async function openLast(email) {
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.js); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const res = await fetch('https://account.amer-1.jumio.ai/api/v1/accounts', {
    method: 'POST',
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}`, 'Content-Type': 'application/json', 'User-Agent': 'Shop/2.1' },
    body: JSON.stringify({
      customerInternalReference: email,
      web: {
        // the single page app's landing route
        successUrl: `${process.env.APP_URL}/kyc` // errors go to the portal's page
      },
      workflowDefinition: { key: 3 }
    }),
  });
  return (await res.json()).web.href;
}

module.exports = { openVerification, openSimple, openLast };
