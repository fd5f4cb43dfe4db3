// Dardania Remit (US money transmitter, corridors to Kosovo and Albania): a new sender verifies their identity at one
// of our agent counters before the first transfer. The agent starts the check on the counter tablet and hands it to
// the sender right away, so the link only has to live for a few minutes. Express 4 handler (registered in
// routes/onboarding.ts behind our asyncHandler), TypeScript, axios.
import axios from 'axios';
import type { Request, Response } from 'express';
import { findSender, saveSenderEnrollment } from './db.js';

const NV_INITIATE = 'https://netverify.com/api/v4/initiate';

// Which document the sender is asked for, by country of residence: most of our senders hold a Kosovo ID card, US
// residents show their driving licence. Skips the country and document screens on the tablet.
const KOSOVO_PRESET = { presets: [{ index: 1, country: 'XKX', type: 'ID_CARD' }] };
const US_PRESET = { presets: [{ index: 1, country: 'USA', type: 'DRIVING_LICENSE' }] };

interface NetverifyStart {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export async function startCounterVerification(req: Request, res: Response): Promise<void> {
  const sender = await findSender(req.body.senderId, req.user.agentLocationId);
  if (!sender) {
    res.status(404).json({ error: 'unknown sender' });
    return;
  }

  const { data } = await axios.post<NetverifyStart>(
    NV_INITIATE,
    {
      customerInternalReference: `DR-${sender.customerNo}`,
      userReference: sender.id,
      // ID + identity, camera only: the 3D liveness check on the tablet needs the camera.
      workflowId: 201,
      ...(sender.residence === 'XK' ? KOSOVO_PRESET : US_PRESET),
      successUrl: `https://counter.dardaniaremit.example/senders/${sender.id}/verified`,
      errorUrl: `https://counter.dardaniaremit.example/senders/${sender.id}/try-again`,
      tokenLifetimeInMinutes: 5,
    },
    {
      auth: { username: process.env.DARDANIA_NV_TOKEN ?? '', password: process.env.DARDANIA_NV_SECRET ?? '' },
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'User-Agent': 'DardaniaRemit-Counter/4.1' },
    },
  );

  // Transfers above $3,000 ask the sender for a face login against this verification, so its reference is kept on the
  // sender.
  await saveSenderEnrollment(sender.id, { netverifyEnrollmentRef: data.transactionReference, startedAt: data.timestamp });
  res.status(201).json({ verificationUrl: data.redirectUrl });
}
