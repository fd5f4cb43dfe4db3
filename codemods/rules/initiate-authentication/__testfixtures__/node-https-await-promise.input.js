// https.request awaited inside an async function (const text = await new Promise(…)): the lookup and token go above
// the awaited promise. A response stream handed to a function of the file that only this call uses is followed into
// it; one read with 'readable' / res.read() is flagged, nothing rewritten.
const https = require('https');

function handleResponse(res, cb) {
  let data = '';
  res.on('data', function (chunk) { data += chunk; });
  res.on('end', function () { cb(JSON.parse(data).redirectUrl); });
}

async function start(enrollmentRef) {
  const postData = JSON.stringify({ enrollmentTransactionReference: enrollmentRef, successUrl: 'https://a.example/ok' });
  const text = await new Promise((resolve, reject) => {
    const req = https.request({
      host: 'netverify.com',
      path: '/api/authentication/v1/web/initiate',
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'content-length': postData.length, Authorization: 'Basic ' + process.env.JUMIO_AUTH },
    }, (res) => {
      let data = '';
      res.on('data', (d) => { data = data + d; });
      res.on('end', () => resolve(data));
    });
    req.on('error', reject);
    req.write(postData);
    req.end();
  });
  const json = JSON.parse(text);
  return { url: json.redirectUrl, id: json.transactionReference };
}

function named(enrollmentRef, cb) {
  const req = https.request({ hostname: 'netverify.com', path: '/api/authentication/v1/web/initiate', method: 'POST', headers: { Authorization: 'Basic ' + process.env.JUMIO_AUTH } }, (res) => handleResponse(res, cb));
  req.end(JSON.stringify({ enrollmentTransactionReference: enrollmentRef }));
}

function readable(enrollmentRef, cb) {
  const req = https.request({ hostname: 'netverify.com', path: '/api/authentication/v1/web/initiate', method: 'POST', headers: { Authorization: 'Basic ' + process.env.JUMIO_AUTH } }, (res) => {
    let out = '';
    res.on('readable', () => { let c; while ((c = res.read()) !== null) out += c; });
    res.on('end', () => cb(JSON.parse(out).redirectUrl));
  });
  req.end(JSON.stringify({ enrollmentTransactionReference: enrollmentRef }));
}
module.exports = { start, named, readable };
