// Face login for returning customers (Express 4, TypeScript). The Jumio client instance and the response types are
// shared with the result lookup (jumio-http.ts, jumio-types.ts); this router only starts the authentication.
import { Router, type Request, type Response } from 'express';
import { jumioHttp } from './jumio-http.js';
import type { FaceLoginStart } from './jumio-types.js';
import { saveFaceLogin } from './store.js';

export const faceLoginRouter = Router();

interface SignedInUser {
  id: string;
  jumioEnrollmentRef: string;
  locale?: string;
}

faceLoginRouter.post('/face-login/start', async (req: Request, res: Response) => {
  const user = req.user as SignedInUser;
  const { data } = await jumioHttp.post<FaceLoginStart>('/authentication/v1/web/initiate', {
    enrollmentTransactionReference: user.jumioEnrollmentRef,
    userReference: user.id,
    successUrl: `${process.env.PUBLIC_URL}/face-login/done`,
    errorUrl: `${process.env.PUBLIC_URL}/face-login/failed`,
    locale: user.locale ?? 'en-GB',
    tokenLifetimeInMinutes: 10,
  });
  await saveFaceLogin(user.id, data.transactionReference);
  res.json({ url: data.redirectUrl });
});
