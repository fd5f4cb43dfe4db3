// Lookalikes for the authentication retrieval through https.get: the Netverify scan details of the same legacy host
// (another route, not this rule's), and another vendor's authentications path. Byte-identical.
const https = require('node:https');

async function scanStatus(scanReference, done) {
  https.get(`https://netverify.com/api/netverify/v2/scans/${scanReference}`, { auth: `${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}` }, (res) => {
    let raw = '';
    res.on('data', (c) => (raw += c));
    res.on('end', () => done(null, JSON.parse(raw).status));
  });
}

async function vendorAuth(reference, done) {
  https.get({ hostname: 'api.faceprovider.example', path: `/api/netverify/v2/authentications/${reference}` }, (res) => {
    let raw = '';
    res.on('data', (c) => (raw += c));
    res.on('end', () => done(null, JSON.parse(raw).transactionResult));
  });
}

module.exports = { scanStatus, vendorAuth };
