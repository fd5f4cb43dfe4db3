// https.request shapes the codemod cannot follow whole: each keeps its legacy call and gets an item, with nothing
// half rewritten.
const https = require('https');
const http = require('node:http');

// The body is written in two pieces.
function inPieces(ref) {
  return new Promise((resolve, reject) => {
    const req = https.request({
      hostname: 'netverify.com',
      path: '/api/authentication/v1/web/initiate',
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Basic ' + process.env.JUMIO_BASIC },
    }, (res) => {
      let text = '';
      res.on('data', (d) => { text += d; });
      res.on('end', () => resolve(JSON.parse(text).redirectUrl));
    });
    req.on('error', reject);
    req.write('{"enrollmentTransactionReference":"' + ref + '",');
    req.write(JSON.stringify({ enrollmentTransactionReference: ref }));
    req.end();
  });
}

// The response stream is handed to another function.
function streamed(ref, sink) {
  const req = https.request({
    hostname: 'netverify.com',
    path: '/api/authentication/v1/web/initiate',
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'Basic ' + process.env.JUMIO_BASIC },
  }, (res) => res.pipe(sink));
  req.end(JSON.stringify({ enrollmentTransactionReference: ref }));
}

// The request object leaves the function: what is written to it is not known here.
function handedOn(ref) {
  const req = https.request({
    hostname: 'netverify.com',
    path: '/api/authentication/v1/web/initiate',
    method: 'POST',
    headers: { Authorization: 'Basic ' + process.env.JUMIO_BASIC },
  });
  return req;
}

// Plain HTTP (KYX takes HTTPS only), and a port other than 443 (a proxy or a tunnel, not the KYX host).
function plain(ref, cb) {
  const req = http.request({ hostname: 'netverify.com', path: '/api/authentication/v1/web/initiate', method: 'POST', headers: { Authorization: 'Basic ' + process.env.JUMIO_BASIC } }, (res) => {
    let text = '';
    res.on('data', (d) => (text += d));
    res.on('end', () => cb(JSON.parse(text).redirectUrl));
  });
  req.end(JSON.stringify({ enrollmentTransactionReference: ref }));
}

function throughPort(ref, cb) {
  const req = https.request({ hostname: 'netverify.com', port: 8443, path: '/api/authentication/v1/web/initiate', method: 'POST', headers: { Authorization: 'Basic ' + process.env.JUMIO_BASIC } }, (res) => {
    let text = '';
    res.on('data', (d) => (text += d));
    res.on('end', () => cb(JSON.parse(text).redirectUrl));
  });
  req.end(JSON.stringify({ enrollmentTransactionReference: ref }));
}

module.exports = { inPieces, streamed, handedOn, plain, throughPort };
