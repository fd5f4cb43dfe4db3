// undici request (SG): the host and the path come through a barrel that re-exports the constants module.
import { request } from 'undici';
import { AUTH_INITIATE_PATH, JUMIO_SGP, saveFaceLogin } from './jumio-barrel.js';

export async function startKioskFaceLogin(kioskUser: { id: string; enrollment: string }) {
  const { statusCode, body } = await request(JUMIO_SGP + AUTH_INITIATE_PATH, {
    method: 'POST',
    headers: {
      authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64'),
      'content-type': 'application/json',
      'user-agent': 'Acme Kiosk/1.0',
    },
    body: JSON.stringify({ enrollmentTransactionReference: kioskUser.enrollment, userReference: kioskUser.id, tokenLifetimeInMinutes: 120 }),
  });
  if (statusCode !== 200) throw new Error(`initiate ${statusCode}`);
  const started = (await body.json()) as { redirectUrl: string; transactionReference: string };
  await saveFaceLogin(kioskUser.id, started.transactionReference);
  return started.redirectUrl;
}
