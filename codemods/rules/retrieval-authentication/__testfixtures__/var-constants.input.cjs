var fetch = require('node-fetch');

var RETRIEVAL = 'https://lon.netverify.com/api/netverify/v2/authentications/';
var BASIC = 'Basic ' + Buffer.from(process.env.JUMIO_TOKEN + ':' + process.env.JUMIO_SECRET).toString('base64');

async function authenticationResult(reference) {
  var res = await fetch(RETRIEVAL + reference, { headers: { Accept: 'application/json', Authorization: BASIC } });
  var details = await res.json();
  return details.transactionResult === 'PASSED';
}

module.exports = { authenticationResult };
