// Shqiponja Transfers (US money transmitter, corridors to Kosovo and Albania): a new sender verifies their identity at
// one of our agent counters before the first transfer, with Idvera (our identity vendor since 2022). The agent starts
// the check on the counter tablet and hands it over right away, so the link only lives a few minutes. Express 4
// handler (registered in routes/onboarding.ts behind our asyncHandler), TypeScript, axios.
import axios from 'axios';
import type { Request, Response } from 'express';
import { findSender, saveSenderIdentitySession } from './db.js';

const IDVERA_INITIATE = 'https://api.idvera.example/api/v4/initiate';

// Which document the sender is asked for, by country of residence: most of our senders hold a Kosovo ID card, US
// residents show their driving licence. Skips the country and document screens on the tablet.
const KOSOVO_PRESET = { presets: [{ index: 1, country: 'XKX', type: 'ID_CARD' }] };
const US_PRESET = { presets: [{ index: 1, country: 'USA', type: 'DRIVING_LICENSE' }] };

interface IdveraStart {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export async function startCounterIdentityCheck(req: Request, res: Response): Promise<void> {
  const sender = await findSender(req.body.senderId, req.user.agentLocationId);
  if (!sender) {
    res.status(404).json({ error: 'unknown sender' });
    return;
  }

  const { data } = await axios.post<IdveraStart>(
    IDVERA_INITIATE,
    {
      customerInternalReference: `SQ-${sender.customerNo}`,
      userReference: sender.id,
      // Idvera's "document + face, live capture" workflow
      workflowId: 201,
      ...(sender.residence === 'XK' ? KOSOVO_PRESET : US_PRESET),
      successUrl: `https://counter.shqiponja.example/senders/${sender.id}/verified`,
      errorUrl: `https://counter.shqiponja.example/senders/${sender.id}/try-again`,
      tokenLifetimeInMinutes: 5,
    },
    {
      auth: { username: process.env.IDVERA_API_KEY ?? '', password: process.env.IDVERA_API_SECRET ?? '' },
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'User-Agent': 'Shqiponja-Counter/2.0' },
    },
  );

  await saveSenderIdentitySession(sender.id, { sessionRef: data.transactionReference, startedAt: data.timestamp });
  res.status(201).json({ verificationUrl: data.redirectUrl });
}
