const bent = require('bent');

const getJson = bent('https://netverify.com/api/netverify/v2/', 'json');

module.exports.authenticationResult = async function authenticationResult(reference) {
  const details = await getJson(`authentications/${reference}`, null, { Authorization: 'Basic ' + process.env.JUMIO_BASIC });
  return { userReference: details.userReference, reference: details.transactionReference };
};
