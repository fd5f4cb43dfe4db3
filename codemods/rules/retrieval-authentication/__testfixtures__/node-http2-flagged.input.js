const http2 = require('node:http2');

function authenticationDetails(reference, basic) {
  return new Promise((resolve, reject) => {
    const client = http2.connect('https://netverify.com');
    const req = client.request({ ':path': `/api/netverify/v2/authentications/${reference}`, authorization: `Basic ${basic}` });
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => { client.close(); resolve(JSON.parse(body)); });
    req.on('error', reject);
    req.end();
  });
}

module.exports = { authenticationDetails };
