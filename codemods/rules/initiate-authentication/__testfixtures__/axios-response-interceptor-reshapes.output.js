// A response interceptor that wraps every result: the call no longer resolves to the axios response, so the reads
// below cannot be followed (flagged, not migrated).
import axios from 'axios';

axios.interceptors.response.use((response) => ({ ok: response.status < 400, payload: response.data }));

export async function startFaceAuth(enrollmentReference, userReference) {
  // TODO(netverify-migrate): initiate-authentication: legacy Jumio authentication initiate not migrated automatically: a response interceptor of this client (line 5) changes what the call resolves to, so the reads of redirectUrl / transactionReference cannot be followed; migrate the call as in MIGRATION.md and read web.href / workflowExecution.id
  const result = await axios.post(
    'https://netverify.com/api/authentication/v1/web/initiate',
    { enrollmentTransactionReference: enrollmentReference, userReference },
    { auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET } },
  );
  return { url: result.payload.redirectUrl, reference: result.payload.transactionReference };
}
