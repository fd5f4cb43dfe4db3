// routes/transfer-step-up.ts — Keldholm Bank online banking (EU region), after the move to the KYX platform.
// Transfers above the member's step-up limit need a face login first (workflow 9 on the member's KYX account). The
// vendor contract is pinned with zod at the edge: the answer is parsed strictly and mapped onto our own
// StepUpSession in the schema itself, so nothing downstream ever sees the vendor's names.
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { findMember, saveStepUp } from './store.js';

type KyxAccountId = string & { readonly __brand: 'KyxAccountId' };
type StepUpId = string & { readonly __brand: 'StepUpId' };

const KYX_ACCOUNTS_EU = 'https://account.emea-1.jumio.ai/api/v1/accounts';
const KYX_TOKEN_EU = 'https://auth.emea-1.jumio.ai/oauth2/token';
const APP_ORIGIN = 'https://banking.keldholm.example';

/** The authentication (workflow 9) request on an existing account. */
interface FaceLoginAccountUpdate {
  customerInternalReference: string;
  userReference: string;
  workflowDefinition: { key: 9; credentials: Array<{ id?: string; category: 'ID' | 'FACEMAP' }> };
  web: { successUrl: string; errorUrl: string; locale?: string };
  tokenLifetime?: string;
}

const FaceLoginStarted = z
  .object({
    timestamp: z.string().datetime(),
    account: z.object({ id: z.string().uuid() }),
    web: z.object({ href: z.string().url(), successUrl: z.string().optional(), errorUrl: z.string().optional() }),
    workflowExecution: z.object({ id: z.string().uuid(), credentials: z.array(z.unknown()).optional() }),
  })
  .strict()
  .transform((started) => ({
    link: started.web.href,
    stepUpId: started.workflowExecution.id as StepUpId,
    issuedAt: new Date(started.timestamp),
  }));

type StepUpSession = z.output<typeof FaceLoginStarted>;

let cachedToken: { value: string; expiresAt: number } | undefined;

async function kyxToken(): Promise<string> {
  if (cachedToken && cachedToken.expiresAt > Date.now() + 60_000) return cachedToken.value;
  const client = Buffer.from(`${process.env.KYX_CLIENT_ID}:${process.env.KYX_CLIENT_SECRET}`).toString('base64');
  const res = await fetch(KYX_TOKEN_EU, {
    method: 'POST',
    headers: { Authorization: `Basic ${client}`, 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: 'grant_type=client_credentials',
  });
  if (!res.ok) throw new Error(`KYX token request failed (${res.status})`);
  const token = (await res.json()) as { access_token: string; expires_in: number };
  cachedToken = { value: token.access_token, expiresAt: Date.now() + token.expires_in * 1000 };
  return token.access_token;
}

export const transferStepUpRouter = Router();

transferStepUpRouter.post('/transfers/:transferId/step-up', async (req: Request, res: Response) => {
  const member = await findMember(req.user.id);
  if (!member?.kyxAccountId) {
    return res.status(409).json({ error: 'face login is not set up for this member' });
  }

  const body = {
    customerInternalReference: member.id,
    userReference: member.id,
    workflowDefinition: { key: 9, credentials: [{ category: 'FACEMAP' }] },
    web: {
      successUrl: `${APP_ORIGIN}/transfers/${req.params.transferId}/step-up/done`,
      errorUrl: `${APP_ORIGIN}/transfers/${req.params.transferId}/step-up/failed`,
      locale: member.locale ?? 'de-DE',
    },
    tokenLifetime: '10m',
  } satisfies FaceLoginAccountUpdate;

  const accountId = member.kyxAccountId as KyxAccountId;
  const upstream = await fetch(`${KYX_ACCOUNTS_EU}/${accountId}`, {
    method: 'PUT',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'User-Agent': 'Keldholm-Transfers/6.0',
      Authorization: `Bearer ${await kyxToken()}`,
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
