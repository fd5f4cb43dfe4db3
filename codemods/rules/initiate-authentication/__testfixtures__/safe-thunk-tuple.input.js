// The file's own safe(fn) answers [error, value]: the answer is its second element.
const got = require('got');

async function safe(fn) {
  try {
    return [null, await fn()];
  } catch (error) {
    return [error, undefined];
  }
}

async function startStepUp(user) {
  const [error, started] = await safe(() =>
    got.post('https://lon.netverify.com/api/authentication/v1/web/initiate', {
      username: process.env.NV_TOKEN,
      password: process.env.NV_SECRET,
      json: { enrollmentTransactionReference: user.enrollmentRef, userReference: user.id },
    }).json(),
  );
  if (error) return null;
  return { url: started.redirectUrl, reference: started.transactionReference };
}

module.exports = { startStepUp };
