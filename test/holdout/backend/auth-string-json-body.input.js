const fetch = require('node-fetch');

exports.faceLogin = async (ref) => {
  const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'Basic ' + process.env.JUMIO_BASIC },
    body: `{"enrollmentTransactionReference":"${ref}"}`,
  });
  return (await res.json()).redirectUrl;
};
