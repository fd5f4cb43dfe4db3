const request = require('request');
// CommonJS module that exports its own URL constant; an Express handler and a Koa handler.
exports.URL = 'https://netverify.com/api/authentication/v1/web/initiate';

module.exports.handler = (req, res) => {
  request.post(exports.URL, { json: { enrollmentTransactionReference: req.body.ref }, auth: { user: 'a', pass: 'b' } }, (err, response, body) => {
    if (err) return res.status(500).end();
    res.json({ url: body.redirectUrl });
  });
};

async function koa(ctx) {
  const axios = require('axios');
  const res = await axios.post('https://netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference: ctx.params.ref }, { auth: { username: 'a', password: 'b' } });
  ctx.body = res.data;
}
module.exports.koa = koa;
