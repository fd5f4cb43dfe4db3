// routes/transfer-step-up.ts — Keldholm Bank online banking (EU data centre).
// Transfers above the member's step-up limit need a face login first. The vendor contract is pinned with zod at the
// edge: the answer is parsed strictly (an unexpected field means the vendor changed something we must look at) and
// mapped onto our own StepUpSession in the schema itself, so nothing downstream ever sees the vendor's names.
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { findMember, saveStepUp } from './store.js';

type EnrollmentReference = string & { readonly __brand: 'EnrollmentReference' };
type StepUpId = string & { readonly __brand: 'StepUpId' };

const NETVERIFY_EU = 'https://lon.netverify.com';
const APP_ORIGIN = 'https://banking.keldholm.example';

interface FaceLoginInitiateRequest {
  enrollmentTransactionReference: EnrollmentReference;
  userReference: string;
  successUrl: string;
  errorUrl: string;
  locale?: string;
  tokenLifetimeInMinutes?: number;
}

const FaceLoginStarted = z
  .object({
    timestamp: z.string().datetime(),
    redirectUrl: z.string().url(),
    transactionReference: z.string().uuid(),
  })
  .strict()
  .transform((started) => ({
    link: started.redirectUrl,
    stepUpId: started.transactionReference as StepUpId,
    issuedAt: new Date(started.timestamp),
  }));

type StepUpSession = z.output<typeof FaceLoginStarted>;

export const transferStepUpRouter = Router();

transferStepUpRouter.post('/transfers/:transferId/step-up', async (req: Request, res: Response) => {
  const member = await findMember(req.user.id);
  if (!member?.jumioEnrollment) {
    return res.status(409).json({ error: 'face login is not set up for this member' });
  }

  const body = {
    enrollmentTransactionReference: member.jumioEnrollment as EnrollmentReference,
    userReference: member.id,
    successUrl: `${APP_ORIGIN}/transfers/${req.params.transferId}/step-up/done`,
    errorUrl: `${APP_ORIGIN}/transfers/${req.params.transferId}/step-up/failed`,
    locale: member.locale ?? 'de-DE',
    tokenLifetimeInMinutes: 10,
  } satisfies FaceLoginInitiateRequest;

  const upstream = await fetch(`${NETVERIFY_EU}/api/authentication/v1/web/initiate`, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'User-Agent': 'Keldholm-Transfers/5.2',
      Authorization: `Basic ${Buffer.from(`${process.env.NETVERIFY_API_TOKEN}:${process.env.NETVERIFY_API_SECRET}`).toString('base64')}`,
    },
    body: JSON.stringify(body),
  });
  if (!upstream.ok) {
    return res.status(502).json({ error: `face login could not be started (${upstream.status})` });
  }

  const session: StepUpSession = FaceLoginStarted.parse(await upstream.json());
  await saveStepUp(req.params.transferId, session.stepUpId, session.issuedAt);
  return res.json({ url: session.link, stepUpId: session.stepUpId });
});
