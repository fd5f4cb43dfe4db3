// ID Verification (not authentication): the scan data of an onboarding, read through superagent (US).
const superagent = require('superagent');

async function scanData(scanReference) {
  const { body } = await superagent
    .get(`https://netverify.com/api/netverify/v2/scans/${scanReference}/data`)
    .auth(process.env.JUMIO_API_TOKEN, process.env.JUMIO_API_SECRET)
    .set('User-Agent', 'Acme Lend/3.0');
  return { firstName: body.document.firstName, lastName: body.document.lastName };
}

module.exports = { scanData };
