// Face login (TypeScript, axios on the SG host, the older path): the call's own .catch() turns a failure into an
// HttpError for the route layer.
import axios from 'axios';
import { saveFaceLogin } from './store.js';

export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export async function startSgFaceLogin(userId: string, enrollmentReference: string): Promise<{ url: string }> {
  const res = await axios
    .post(
      'https://core-sgp.jumio.com/api/auth/v1/initiate',
      { enrollmentTransactionReference: enrollmentReference, tokenLifetimeInMinutes: 90 },
      {
        auth: { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' },
        headers: { 'User-Agent': 'Acme Remit SG/1.4' },
      },
    )
    .catch((err) => {
      throw new HttpError(502, err.message);
    });
  await saveFaceLogin(userId, res.data.transactionReference);
  return { url: res.data.redirectUrl };
}
