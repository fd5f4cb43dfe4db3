const functions = require('@google-cloud/functions-framework');
const { request } = require('undici');

const BASE = 'https://lon.netverify.com';
const AUTHORIZATION = 'Basic ' + Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64');

functions.http('enrolCustomer', async (req, res) => {
  const { customerId, locale } = req.body;
  const { statusCode, body } = await request(`${BASE}/api/v4/initiate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: AUTHORIZATION },
    body: JSON.stringify({ customerInternalReference: customerId, userReference: customerId, locale }),
  });
  if (statusCode !== 200) {
    res.status(502).send('verification provider error');
    return;
  }
  const json = await body.json();
  res.json({ url: json.redirectUrl, reference: json.transactionReference });
});
