// Bare Node http server behind the load balancer: raw-body + querystring.decode (the Jumio authentication callback).
const http = require('http');
const getRawBody = require('raw-body');
const { decode } = require('querystring');
const { saveResult } = require('./store-cjs');

http
  .createServer(async (req, res) => {
    if (req.method !== 'POST' || req.url !== '/callbacks/face') {
      res.statusCode = 404;
      return res.end();
    }
    const raw = await getRawBody(req, { encoding: 'utf8', limit: '64kb' });
    const fields = decode(raw);
    await saveResult(fields.transactionReference, {
      result: fields.transactionResult,
      enrollment: fields.enrollmentTransactionReference,
      type: fields.callBackType,
    });
    res.statusCode = 200;
    res.end('OK');
  })
  .listen(process.env.PORT || 8080);
