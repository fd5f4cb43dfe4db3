import axios from 'axios';

// Called here and exported: the reads here move, and the value still leaves the module (a marker says so).
export async function startAuthentication(enrollmentRef: string) {
  const { data } = await axios.post('https://netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference: enrollmentRef }, {
    auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! },
  });
  return data;
}

export async function startAndLink(enrollmentRef: string): Promise<string> {
  const { redirectUrl } = await startAuthentication(enrollmentRef);
  return redirectUrl;
}
