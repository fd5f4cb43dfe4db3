// A field written on the body with a computed key after its literal (opts.extra may hold successUrl, a legacy web
// field) cannot be mapped: it is reported instead of staying a top-level legacy field of the KYX request silently. A
// computed read (a log line) is no write and is not reported.
const axios = require('axios');

const URL = 'https://netverify.com/api/authentication/v1/web/initiate';

async function start(user, opts) {
  const payload = { enrollmentTransactionReference: user.ref };
  for (const [k, v] of Object.entries(opts.extra)) payload[k] = v;
  console.log(payload[opts.debugKey]);
  const { data } = await axios.post(URL, payload, { auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET } });
  return data.redirectUrl;
}

module.exports = { start };
