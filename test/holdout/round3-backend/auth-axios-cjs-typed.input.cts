import axios = require('axios');

interface JumioAuthInitResponse {
  redirectUrl: string;
  transactionReference: string;
}

const JUMIO_BASE = 'https://netverify.com';

export async function jumioReauth(enrollmentRef: string, userRef: string): Promise<string> {
  const response = await axios.default.post<JumioAuthInitResponse>(`${JUMIO_BASE}/api/authentication/v1/web/initiate`, {
    enrollmentTransactionReference: enrollmentRef,
    userReference: userRef,
    locale: 'en-US',
  }, {
    auth: { username: process.env.JUMIO_TOKEN as string, password: process.env.JUMIO_SECRET as string },
  });
  return response.data.redirectUrl;
}
