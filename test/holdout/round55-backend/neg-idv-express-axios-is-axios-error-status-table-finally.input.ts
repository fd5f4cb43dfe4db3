// Aspen Ridge Investments (US) client portal: a withdrawal to a new bank account is confirmed with a face check by
// Veritrust. Express 4 handler (registered in routes/withdrawals.ts), TypeScript, axios. The app shows its own text
// for each code we answer with, so Veritrust's refusals are mapped onto our codes here and never passed through.
import axios from 'axios';
import type { Request, Response } from 'express';
import { logger, saveWithdrawalStepUp, type BrokerageClient } from './db.js';

const VERITRUST_STEP_UP = 'https://api.us.veritrust.example/v2/step-ups/initiate';

interface StepUpStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

// What Veritrust answers → what the app gets. 400 is a face template Veritrust does not know (expired after two
// years); 401/403 mean our API key was rotated without telling us.
const STEP_UP_ERRORS: Record<number, { status: number; code: string }> = {
  400: { status: 409, code: 'FACE_CHECK_NOT_ENROLLED' },
  401: { status: 503, code: 'FACE_CHECK_UNAVAILABLE' },
  403: { status: 503, code: 'FACE_CHECK_UNAVAILABLE' },
};

// One face check at a time per client: a double click must not open two sessions.
const pendingStepUps = new Set<string>();

export async function startWithdrawalFaceCheck(req: Request, res: Response): Promise<void> {
  const client = req.user as BrokerageClient;
  const { withdrawalId } = req.body as { withdrawalId: string };
  if (pendingStepUps.has(client.id)) {
    res.status(409).json({ code: 'FACE_CHECK_IN_PROGRESS' });
    return;
  }

  pendingStepUps.add(client.id);
  try {
    const { data } = await axios.post<StepUpStarted>(
      VERITRUST_STEP_UP,
      {
        faceTemplateId: client.faceTemplateId,
        userReference: client.clientNo,
        successUrl: `https://clients.aspenridge.example/withdrawals/${withdrawalId}/confirmed`,
        errorUrl: `https://clients.aspenridge.example/withdrawals/${withdrawalId}/not-confirmed`,
        locale: client.locale,
        tokenLifetimeInMinutes: 15,
      },
      {
        auth: { username: process.env.VERITRUST_KEY_ID ?? '', password: process.env.VERITRUST_KEY_SECRET ?? '' },
        headers: { Accept: 'application/json', 'User-Agent': 'AspenRidge-Portal/5.2' },
      },
    );
    await saveWithdrawalStepUp(withdrawalId, data.transactionReference, data.timestamp);
    res.status(201).json({ faceCheckUrl: data.redirectUrl });
  } catch (err) {
    if (axios.isAxiosError(err) && err.response) {
      logger.warn({ status: err.response.status, vendor: err.response.data }, 'face check start refused');
      const mapped = STEP_UP_ERRORS[err.response.status];
      if (mapped) {
        res.status(mapped.status).json({ code: mapped.code });
        return;
      }
    }
    logger.error({ err, clientId: client.id }, 'face check start failed');
    res.status(502).json({ code: 'FACE_CHECK_FAILED' });
  } finally {
    pendingStepUps.delete(client.id);
  }
}
