import axios from 'axios';

// The customer's own back end exposes the same path (a proxy for its front end): not Jumio.
export async function initiateFromBrowser(scanRef: string) {
  const a = await axios.post('https://api.mycompany.example/api/v4/initiate', { enrollmentTransactionReference: scanRef });
  const b = await fetch('http://localhost:3000/api/authentication/v1/web/initiate', { method: 'POST', body: JSON.stringify({ enrollmentTransactionReference: scanRef }) });
  console.info('legacy endpoint was https://netverify.com/api/v4/initiate');
  return [a.data.redirectUrl, (await b.json()).transactionReference];
}
