// Comments written beside the redirect URLs of the legacy body must survive when the URLs move under web:
// the one beside the first URL, the one beside the second, and the line above the second; also when the moved
// URL is the body's last property and the migration adds a property after it.
const fetch = require('node-fetch');

async function openVerification(email) {
  const credentials = Buffer.from(`${process.env.NV_TOKEN}:${process.env.NV_SECRET}`).toString('base64');
  const res = await fetch('https://netverify.com/api/v4/initiate', {
    method: 'POST',
    headers: { Authorization: `Basic ${credentials}`, 'Content-Type': 'application/json', 'User-Agent': 'Shop/2.1' },
    body: JSON.stringify({
      customerInternalReference: email,
      successUrl: 'https://shop.example/kyc/done', // shown after the capture
      // only reached when the capture fails
      errorUrl: 'https://shop.example/kyc/failed', /* must be https */
      userReference: email,
    }),
  });
  const started = await res.json();
  return started.redirectUrl;
}

async function openSimple(email) {
  const res = await fetch('https://netverify.com/api/v4/initiate', {
    method: 'POST',
    headers: { Authorization: `Basic ${process.env.NV_BASIC}`, 'Content-Type': 'application/json', 'User-Agent': 'Shop/2.1' },
    body: JSON.stringify({
      customerInternalReference: email,
      successUrl: 'https://shop.example/ok', // handled by the callback anyway
      errorUrl: 'https://shop.example/ko'
    }),
  });
  return (await res.json()).redirectUrl;
}

async function openLast(email) {
  const res = await fetch('https://netverify.com/api/v4/initiate', {
    method: 'POST',
    headers: { Authorization: `Basic ${process.env.NV_BASIC}`, 'Content-Type': 'application/json', 'User-Agent': 'Shop/2.1' },
    body: JSON.stringify({
      customerInternalReference: email,
      // the single page app's landing route
      successUrl: `${process.env.APP_URL}/kyc` // errors go to the portal's page
    }),
  });
  return (await res.json()).redirectUrl;
}

module.exports = { openVerification, openSimple, openLast };
