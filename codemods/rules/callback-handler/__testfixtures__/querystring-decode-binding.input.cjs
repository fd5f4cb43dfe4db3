// A bare Node server: raw-body, then querystring's decode (the same function as parse) taken off the module.
const http = require('http');
const getRawBody = require('raw-body');
const { decode } = require('querystring');
const { saveAuthentication } = require('./store');

http
  .createServer(async (req, res) => {
    const raw = await getRawBody(req, { encoding: 'utf8' });
    const fields = decode(raw);
    await saveAuthentication(fields.transactionReference, {
      passed: fields.transactionResult === 'PASSED',
      type: fields.callBackType,
    });
    res.end('OK');
  })
  .listen(8080);
