// Koa's ctx.set() sets a response header and ctx.get() reads a request header: no context variable. The answer
// leaves into the header (item); the read of the request header is not followed.
const axios = require('axios');

async function startFaceLogin(ctx, next) {
  const { data } = await axios.post('https://netverify.com/api/authentication/v1/web/initiate',
    { enrollmentTransactionReference: ctx.params.enrollment },
    { auth: { username: process.env.NV_TOKEN, password: process.env.NV_SECRET } });
  ctx.set('started', data);
  await next();
}

function answer(ctx) {
  ctx.body = { url: ctx.get('started').redirectUrl };
}

module.exports = { startFaceLogin, answer };
