// The body is built once, before the retry loop that holds the call: the account lookup the body now reads goes
// before the body, in the function's block (it went inside the loop, after the body that reads it).
const { request } = require('undici');

async function start(member) {
  const payload = {
    enrollmentTransactionReference: member.enrollment,
    userReference: member.id,
  };
  for (let attempt = 1; ; attempt++) {
    const { statusCode, body } = await request('https://netverify.com/api/authentication/v1/web/initiate', {
      method: 'POST',
      headers: { authorization: `Basic ${process.env.NV_BASIC}`, 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    });
    if (statusCode >= 500 && attempt < 3) {
      await body.dump();
      continue;
    }
    return (await body.json()).redirectUrl;
  }
}

module.exports = { start };
