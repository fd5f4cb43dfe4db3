// Larkspur Credit Union (Ohio): a member who resets their online-banking password from a device we have not seen
// before confirms the reset with a face login against the ID check they did when they joined. Express 4 handler
// (mounted in routes/password-reset.ts behind our asyncHandler), TypeScript, axios.
// Calls to vendors in this service go through neverthrow: an outage is a value the route decides about (we send the
// member to the phone line), not an exception that ends in the generic 500 page.
import axios from 'axios';
import type { Request, Response } from 'express';
import { ResultAsync } from 'neverthrow';
import { findMemberForReset, savePasswordResetStepUp } from './db.js';

const NV_INITIATE = 'https://netverify.com/api/authentication/v1/web/initiate';

interface FaceLoginStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

type VendorError = { kind: 'vendor-unavailable'; message: string };

const toVendorError = (err: unknown): VendorError => ({
  kind: 'vendor-unavailable',
  message: err instanceof Error ? err.message : String(err),
});

export async function startResetFaceLogin(req: Request, res: Response): Promise<void> {
  const member = await findMemberForReset(req.body.resetToken);
  if (!member) {
    res.status(404).json({ error: 'this reset link has expired' });
    return;
  }

  const result = await ResultAsync.fromPromise(
    axios.post<FaceLoginStarted>(
      NV_INITIATE,
      {
        enrollmentTransactionReference: member.joiningIdCheckRef,
        userReference: member.memberNo,
        successUrl: `https://online.larkspurcu.example/reset/${member.resetId}/confirmed`,
        errorUrl: `https://online.larkspurcu.example/reset/${member.resetId}/not-confirmed`,
        locale: 'en',
        tokenLifetimeInMinutes: 15,
      },
      {
        auth: { username: process.env.LARKSPUR_NV_TOKEN ?? '', password: process.env.LARKSPUR_NV_SECRET ?? '' },
        headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'User-Agent': 'LarkspurCU-OnlineBanking/7.4' },
      },
    ),
    toVendorError,
  ).map((response) => response.data);

  if (result.isOk()) {
    await savePasswordResetStepUp(member.resetId, result.value.transactionReference, result.value.timestamp);
    res.status(201).json({ faceLoginUrl: result.value.redirectUrl });
    return;
  }

  // The member services line can reset the password after the usual security questions.
  console.warn(`password reset ${member.resetId}: face login not started (${result.error.message})`);
  res.status(503).json({ error: 'identity check unavailable', callUs: '+1-800-555-0142' });
}
