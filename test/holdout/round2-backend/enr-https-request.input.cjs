const https = require('https');

function initiate(payload) {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(payload);
    const req = https.request({
      hostname: 'netverify.com',
      path: '/api/v4/initiate',
      method: 'POST',
      auth: `${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`,
      headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data), 'User-Agent': 'Acme/1' },
    }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve(JSON.parse(body)));
    });
    req.on('error', reject);
    req.end(data);
  });
}

module.exports = { initiate };
