// Step-up face login for the policy portal (Express 4, TypeScript, axios). The vendor session and the member's
// profile are fetched side by side; the portal shows the link, or nothing when none came back.
import express, { type Request, type Response } from 'express';
import axios from 'axios';
import { saveFaceLogin } from './store.js';

const FACE_LOGIN_URL = 'https://lon.netverify.com/api/authentication/v1/web/initiate';

async function loadMember(memberId: string): Promise<{ id: string; enrollmentRef: string; locale: string }> {
  return { id: memberId, enrollmentRef: `enr-${memberId}`, locale: 'de-DE' };
}

export async function startStepUp(memberId: string, enrollmentRef: string): Promise<string | null> {
  const [res, member] = await Promise.all([
    axios.post(
      FACE_LOGIN_URL,
      {
        enrollmentTransactionReference: enrollmentRef,
        userReference: memberId,
        successUrl: 'https://portal.acme-versicherung.de/step-up/ok',
        tokenLifetimeInMinutes: 20,
      },
      {
        auth: { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' },
        headers: { 'User-Agent': 'Acme Versicherung Portal/2.0' },
      },
    ),
    loadMember(memberId),
  ]);
  await saveFaceLogin(member.id, res.data?.transactionReference);
  return res.data?.redirectUrl ?? null;
}

export const stepUp = express.Router();

stepUp.post('/step-up/:memberId', async (req: Request, res: Response) => {
  const url = await startStepUp(req.params.memberId, String(req.body.enrollmentRef));
  res.json({ url });
});
