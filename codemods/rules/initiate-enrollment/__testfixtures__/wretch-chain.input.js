const wretch = require('wretch');

// A whole wretch chain per call: the URL at its root, the Basic header in .auth(…), the body in .post(…).
const basic = 'Basic ' + Buffer.from(process.env.NETVERIFY_TOKEN + ':' + process.env.NETVERIFY_SECRET).toString('base64');

async function startVerification(customer) {
  const res = await wretch('https://core-sgp.jumio.com/api/v4/initiate')
    .auth(basic)
    .content('application/json')
    .post({ customerInternalReference: customer.id, workflowId: 100, locale: 'en-SG' })
    .json();
  return res.redirectUrl;
}

module.exports = { startVerification };
