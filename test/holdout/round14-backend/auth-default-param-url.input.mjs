// The endpoint is a default parameter: tests and the staging job pass their own (a mock server, a sandbox).
import axios from 'axios';

export async function startFaceLogin(enrollment, userId, endpoint = 'https://lon.netverify.com/api/authentication/v1/web/initiate') {
  const { data } = await axios.post(
    endpoint,
    { enrollmentTransactionReference: enrollment, userReference: userId },
    { auth: { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET } },
  );
  return { url: data.redirectUrl, reference: data.transactionReference };
}
