// Amplify Express function: reads ID verification scans for the admin console.
const axios = require('axios');

const jumioScanUri = 'https://netverify.com/api/netverify/v2/scans';
const scanUrl = (scanRef) => `${jumioScanUri}/${scanRef}`;
const scanDataUrl = (scanRef) => `${jumioScanUri}/${scanRef}/data`;
const auth = { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET };

async function getScan(scanRef) {
  const { data: scan } = await axios.get(scanUrl(scanRef), { auth });
  if (scan.status !== 'DONE') return { status: scan.status };
  const { data: scanData } = await axios.get(scanDataUrl(scanRef), { auth });
  return {
    status: scan.status,
    verification: scanData.verification && scanData.verification.mrzCheck,
    document: scanData.document,
  };
}

module.exports = { getScan };
