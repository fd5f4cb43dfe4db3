// A response interceptor that wraps every result: the call no longer resolves to the axios response, so the reads
// below cannot be followed (flagged, not migrated).
import axios from 'axios';

axios.interceptors.response.use((response) => ({ ok: response.status < 400, payload: response.data }));

export async function startFaceAuth(enrollmentReference, userReference) {
  const result = await axios.post(
    'https://netverify.com/api/authentication/v1/web/initiate',
    { enrollmentTransactionReference: enrollmentReference, userReference },
    { auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET } },
  );
  return { url: result.payload.redirectUrl, reference: result.payload.transactionReference };
}
