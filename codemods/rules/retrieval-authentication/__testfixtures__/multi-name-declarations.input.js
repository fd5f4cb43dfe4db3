'use strict';
const fetch = require('node-fetch');
const log = require('./log');

var BASE = 'https://netverify.com/api/netverify/v2/authentications/', TIMEOUT_MS = 8000;
var token = process.env.NV_TOKEN, secret = process.env.NV_SECRET, agent = 'AcmeBank/2.3';

async function authenticationResult(scanRef) {
  const auth = 'Basic ' + Buffer.from(token + ':' + secret).toString('base64'), started = Date.now();
  const res = await fetch(BASE + encodeURIComponent(scanRef), {
    headers: {
      Authorization: auth,
      'User-Agent': agent,
    },
    timeout: TIMEOUT_MS,
  });
  log.info('jumio retrieval took %d ms', Date.now() - started);
  if (!res.ok) throw new Error('Jumio ' + res.status);
  return res.json();
}

module.exports = { authenticationResult };
