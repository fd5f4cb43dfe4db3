import { generateAuthenticationOptions, verifyAuthenticationResponse } from '@simplewebauthn/server';
import type { Request, Response } from 'express';

// Passkey login: POST /api/authentication/v1/web/initiate returns the WebAuthn challenge.
export async function initiate(req: Request, res: Response) {
  const options = await generateAuthenticationOptions({ rpID: 'example.com', userVerification: 'preferred' });
  req.session.challenge = options.challenge;
  res.json({ options, transactionReference: req.session.id, redirectUrl: '/login/passkey' });
}

export async function complete(req: Request, res: Response) {
  const verification = await verifyAuthenticationResponse({
    response: req.body,
    expectedChallenge: req.session.challenge,
    expectedOrigin: 'https://example.com',
    expectedRPID: 'example.com',
    credential: req.user.passkey,
  });
  res.json({ verified: verification.verified });
}
