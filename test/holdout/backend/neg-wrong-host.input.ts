import axios from 'axios';

// AI-generated multi-provider client: hosts that never existed at Jumio.
export async function initiateJumio(ref: string) {
  const res = await axios.post('https://api.jumio.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference: ref });
  const eu = await axios.post('https://netverify.eu/api/v4/initiate', { customerInternalReference: ref });
  return [res.data.redirectUrl, eu.data.redirectUrl];
}
