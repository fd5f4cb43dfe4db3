'use server';
// Face login as a next-safe-action server action (Next.js 15): the member comes from the action client's auth
// middleware; the Singapore data centre on the older initiate path.
import axios from 'axios';
import { z } from 'zod';
import { authActionClient } from '@/lib/safe-action';
import { saveFaceLogin } from './store.js';

const SGP_FACE_LOGIN = 'https://core-sgp.jumio.com/api/auth/v1/initiate';

type FaceLoginStart = {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
};

export const startFaceLogin = authActionClient
  .metadata({ actionName: 'startFaceLogin' })
  .inputSchema(z.object({ locale: z.enum(['en', 'zh', 'ms']).default('en') }))
  .action(async ({ parsedInput: { locale }, ctx: { member } }) => {
    const { data } = await axios.post<FaceLoginStart>(
      SGP_FACE_LOGIN,
      {
        enrollmentTransactionReference: member.faceEnrollmentRef,
        userReference: member.id,
        successUrl: 'https://app.lumen.sg/face-login/complete',
        locale,
        callbackUrl: 'https://app.lumen.sg/api/hooks/face-login',
      },
      {
        auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! },
        headers: { Accept: 'application/json', 'User-Agent': 'Lumen App/3.4' },
      },
    );
    await saveFaceLogin(member.id, data.transactionReference);
    return { frameUrl: data.redirectUrl };
  });
