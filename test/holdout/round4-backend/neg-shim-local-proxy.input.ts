import axios from 'axios';

// Legacy calls go through the netverify-migrate shim running next to the service.
const JUMIO_BASE = process.env.JUMIO_SHIM_URL ?? 'http://127.0.0.1:8787';

export async function startFaceAuthentication(enrollmentReference: string, userId: string) {
  const { data } = await axios.post(
    `${JUMIO_BASE}/api/authentication/v1/web/initiate`,
    { enrollmentTransactionReference: enrollmentReference, userReference: userId },
    { auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! } },
  );
  return { url: data.redirectUrl as string, ref: data.transactionReference as string };
}
