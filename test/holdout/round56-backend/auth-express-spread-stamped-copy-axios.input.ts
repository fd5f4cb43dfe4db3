// Larkspur Savings Bank (US) online banking: an outgoing domestic wire above $10,000 is released only after the
// member confirms it with a face login. Express 4 handler (registered in routes/wires.ts behind our asyncHandler),
// TypeScript, axios. The wire desk wants to see, next to the vendor's answer, which wire and member it was for and
// when we asked, so the answer is stamped with those first and everything after works on the stamped object.
import axios from 'axios';
import type { Request, Response } from 'express';
import { saveWireStepUp, type BankMember } from './db.js';

const NV_INITIATE = 'https://netverify.com/api/authentication/v1/web/initiate';

interface FaceLoginStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export async function startWireFaceLogin(req: Request, res: Response): Promise<void> {
  const member = req.user as BankMember;
  const { wireId } = req.body as { wireId: string };

  const { data } = await axios.post<FaceLoginStarted>(
    NV_INITIATE,
    {
      enrollmentTransactionReference: member.enrolmentReference,
      userReference: member.memberNo,
      successUrl: `https://online.larkspursavings.example/wires/${wireId}/released`,
      errorUrl: `https://online.larkspursavings.example/wires/${wireId}/on-hold`,
      locale: member.locale,
      tokenLifetimeInMinutes: 15,
    },
    {
      auth: { username: process.env.LARKSPUR_NV_TOKEN ?? '', password: process.env.LARKSPUR_NV_SECRET ?? '' },
      headers: { Accept: 'application/json', 'User-Agent': 'Larkspur-OnlineBanking/14.2' },
    },
  );

  // The vendor's answer plus our own stamps: the wire, the member, and our clock (the vendor's can drift).
  const attempt = { ...data, wireId, memberId: member.id, requestedAt: new Date().toISOString() };

  await saveWireStepUp({
    wireId: attempt.wireId,
    memberId: attempt.memberId,
    reference: attempt.transactionReference,
    vendorStartedAt: attempt.timestamp,
    requestedAt: attempt.requestedAt,
  });
  res.status(201).json({ faceLoginUrl: attempt.redirectUrl, reference: attempt.transactionReference });
}
