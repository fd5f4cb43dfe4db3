import axios from 'axios';

// Not Jumio: hosts that merely contain "netverify.com".
export async function lookalikes(ref) {
  const a = await axios.post('https://netverify.com.evil.example/api/authentication/v1/web/initiate', { enrollmentTransactionReference: ref });
  const b = await axios.post('https://mynetverify.com/api/v4/initiate', { customerInternalReference: ref });
  const c = await axios.post('https://netverify.company.example/api/v4/initiate', { customerInternalReference: ref });
  return [a.data.redirectUrl, b.data.transactionReference, c.data.redirectUrl];
}
