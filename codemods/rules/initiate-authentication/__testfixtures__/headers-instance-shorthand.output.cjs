const fetch = require('node-fetch');
const { Headers } = fetch;

const NETVERIFY = 'https://lon.netverify.com/api/authentication/v1/web/initiate';

async function initiateReauth(enrollmentRef, userRef) {
  const headers = new Headers();
  headers.set('Content-Type', 'application/json');
  headers.set('Accept', 'application/json');
  headers.set('User-Agent', 'Fjordpay Reauth/1.2');
  headers.set('Authorization', 'Basic ' + Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64'));

  // TODO(netverify-migrate): initiate-authentication: legacy Jumio authentication initiate not migrated automatically: the headers are built as an object the codemod cannot edit (e.g. a Headers instance); set Authorization: Bearer from kyxAccessToken by hand
  const res = await fetch(NETVERIFY, {
    method: 'POST',
    headers,
    body: JSON.stringify({ enrollmentTransactionReference: enrollmentRef, userReference: userRef }),
  });
  const json = await res.json();
  return { url: json.redirectUrl, reference: json.transactionReference };
}

module.exports = { initiateReauth };
