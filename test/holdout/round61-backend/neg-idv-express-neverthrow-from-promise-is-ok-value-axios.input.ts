// Maple Hollow Savings (Vermont): unlocking a card that fraud monitoring froze asks the cardholder for a face login
// against the selfie they enrolled at VeridFace when they opened the account. Express 4 handler (mounted in
// routes/cards.ts behind our asyncHandler), TypeScript, axios. VeridFace copied the request and answer shape of the
// older identity vendors, hence the familiar field names.
// Vendor calls go through neverthrow: an outage is a value the route decides about, not an exception.
import axios from 'axios';
import type { Request, Response } from 'express';
import { ResultAsync } from 'neverthrow';
import { findFrozenCard, saveCardUnlockStepUp } from './db.js';

const VERIDFACE_INITIATE = 'https://api.veridface.example/api/authentication/v1/web/initiate';

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

export async function startCardUnlockFaceLogin(req: Request, res: Response): Promise<void> {
  const card = await findFrozenCard(req.body.cardId, req.user.memberId);
  if (!card) {
    res.status(404).json({ error: 'no frozen card with this id' });
    return;
  }

  const result = await ResultAsync.fromPromise(
    axios.post<FaceLoginStarted>(
      VERIDFACE_INITIATE,
      {
        enrollmentTransactionReference: card.holder.veridfaceEnrolmentId,
        userReference: card.holder.memberNo,
        successUrl: `https://online.maplehollow.example/cards/${card.id}/unlocked`,
        errorUrl: `https://online.maplehollow.example/cards/${card.id}/still-frozen`,
        locale: 'en',
        tokenLifetimeInMinutes: 15,
      },
      {
        auth: { username: process.env.VERIDFACE_KEY_ID ?? '', password: process.env.VERIDFACE_KEY_SECRET ?? '' },
        headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'User-Agent': 'MapleHollow-Cards/3.2' },
      },
    ),
    toVendorError,
  ).map((response) => response.data);

  if (result.isOk()) {
    await saveCardUnlockStepUp(card.id, result.value.transactionReference, result.value.timestamp);
    res.status(201).json({ faceLoginUrl: result.value.redirectUrl });
    return;
  }

  console.warn(`card ${card.id}: unlock face login not started (${result.error.message})`);
  res.status(503).json({ error: 'face check unavailable, the card stays frozen for now' });
}
