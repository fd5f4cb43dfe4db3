// netlify/functions/reauth.js
const BASE_URL = 'https://netverify.com';
const AUTH_ENDPOINT = `${BASE_URL}/api/authentication/v1/web/initiate`;

exports.handler = function (event) {
  const { enrollmentRef } = JSON.parse(event.body);
  const basic = Buffer.from(process.env.JUMIO_TOKEN + ':' + process.env.JUMIO_SECRET).toString('base64');

  return fetch(AUTH_ENDPOINT, {
    method: 'POST',
    headers: { Authorization: 'Basic ' + basic, 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ enrollmentTransactionReference: enrollmentRef, successUrl: process.env.SUCCESS_URL }),
  })
    .then((res) => {
      if (!res.ok) throw new Error('Jumio returned ' + res.status);
      return res.json();
    })
    .then((json) => ({
      statusCode: 200,
      body: JSON.stringify({ link: json.redirectUrl, ref: json.transactionReference }),
    }))
    .catch((err) => ({ statusCode: 502, body: JSON.stringify({ error: err.message }) }));
};
