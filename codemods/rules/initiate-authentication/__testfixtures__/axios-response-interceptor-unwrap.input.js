// The default axios unwraps every response (({ data }) => data): the call resolves to the body.
import axios from 'axios';

axios.interceptors.response.use(({ data }) => data, (error) => Promise.reject(error));

export async function startFaceAuth(enrollmentReference, userReference) {
  const started = await axios.post(
    'https://netverify.com/api/authentication/v1/web/initiate',
    { enrollmentTransactionReference: enrollmentReference, userReference },
    { auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET } },
  );
  return { url: started.redirectUrl, reference: started.transactionReference };
}
