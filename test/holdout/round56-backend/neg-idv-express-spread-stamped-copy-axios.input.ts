// Juniper Ridge Credit Union (US) online banking: an outgoing wire above $10,000 is released only after the member
// confirms it with an Aurelian ID face check. Express 4 handler (registered in routes/wires.ts behind our
// asyncHandler), TypeScript, axios. The wire desk wants to see, next to Aurelian's answer, which wire and member it
// was for and when we asked, so the answer is stamped with those first and everything after works on that object.
import axios from 'axios';
import type { Request, Response } from 'express';
import { saveWireFaceCheck, type CreditUnionMember } from './db.js';

const AURELIAN_STEP_UP = 'https://api.aurelian-id.example/v1/face-step-ups/initiate';

interface FaceStepUpStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export async function startWireFaceCheck(req: Request, res: Response): Promise<void> {
  const member = req.user as CreditUnionMember;
  const { wireId } = req.body as { wireId: string };

  const { data } = await axios.post<FaceStepUpStarted>(
    AURELIAN_STEP_UP,
    {
      faceProfileId: member.aurelianProfileId,
      userReference: member.memberNo,
      successUrl: `https://online.juniperridgecu.example/wires/${wireId}/released`,
      errorUrl: `https://online.juniperridgecu.example/wires/${wireId}/on-hold`,
      locale: member.locale,
      tokenLifetimeInMinutes: 15,
    },
    {
      auth: { username: process.env.AURELIAN_KEY_ID ?? '', password: process.env.AURELIAN_KEY_SECRET ?? '' },
      headers: { Accept: 'application/json', 'User-Agent': 'JuniperRidge-OnlineBanking/8.0' },
    },
  );

  // Aurelian's answer plus our own stamps: the wire, the member, and our clock.
  const attempt = { ...data, wireId, memberId: member.id, requestedAt: new Date().toISOString() };

  await saveWireFaceCheck({
    wireId: attempt.wireId,
    memberId: attempt.memberId,
    reference: attempt.transactionReference,
    vendorStartedAt: attempt.timestamp,
    requestedAt: attempt.requestedAt,
  });
  res.status(201).json({ faceCheckUrl: attempt.redirectUrl, reference: attempt.transactionReference });
}
