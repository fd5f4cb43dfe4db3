const fetch = require('node-fetch');

const useEu = process.env.JUMIO_DC === 'EU';
const host = useEu ? 'https://lon.netverify.com' : 'https://netverify.com';

exports.startAuth = async function startAuth(enrollmentReference) {
  const res = await fetch(`${host}/api/auth/v1/initiate`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: 'Basic ' + Buffer.from(process.env.JUMIO_TOKEN + ':' + process.env.JUMIO_SECRET).toString('base64'),
    },
    body: JSON.stringify({ enrollmentTransactionReference: enrollmentReference }),
  });
  const json = await res.json();
  return json.redirectUrl;
};
