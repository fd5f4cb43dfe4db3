// ID-verification (not authentication): reads the extracted document data of a scan.
const axios = require('axios');

async function scanDocumentData(scanReference) {
  const { data } = await axios.get(`https://netverify.com/api/netverify/v2/scans/${scanReference}/data/document`, {
    auth: { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET },
    headers: { 'User-Agent': 'Contoso KYC/1.0' },
  });
  return { firstName: data.firstName, lastName: data.lastName, dob: data.dob, status: data.status };
}

module.exports = { scanDocumentData };
