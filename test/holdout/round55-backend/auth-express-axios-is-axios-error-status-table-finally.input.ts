// Pinecrest Federal Credit Union (US) online banking: a transfer to a new payee above $2,500 is confirmed with a face
// login. Express 4 handler (registered in routes/transfers.ts), TypeScript, axios. The mobile app shows its own text
// for each code we answer with, so the vendor's refusals are mapped onto our codes here and never passed through.
import axios from 'axios';
import type { Request, Response } from 'express';
import { logger, saveTransferStepUp, type OnlineMember } from './db.js';

const NV_INITIATE = 'https://netverify.com/api/authentication/v1/web/initiate';

interface FaceLoginStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

// What the vendor answers → what the app gets. 400 is what we see when the member's enrolment is unknown or was not
// approved; 401/403 mean our API credentials were rotated without telling us.
const FACE_LOGIN_ERRORS: Record<number, { status: number; code: string }> = {
  400: { status: 409, code: 'FACE_LOGIN_NOT_ENROLLED' },
  401: { status: 503, code: 'FACE_LOGIN_UNAVAILABLE' },
  403: { status: 503, code: 'FACE_LOGIN_UNAVAILABLE' },
};

// One face login at a time per member: a double tap in the app must not open two sessions.
const pendingStepUps = new Set<string>();

export async function startTransferFaceLogin(req: Request, res: Response): Promise<void> {
  const member = req.user as OnlineMember;
  const { transferId } = req.body as { transferId: string };
  if (pendingStepUps.has(member.id)) {
    res.status(409).json({ code: 'FACE_LOGIN_IN_PROGRESS' });
    return;
  }

  pendingStepUps.add(member.id);
  try {
    const { data } = await axios.post<FaceLoginStarted>(
      NV_INITIATE,
      {
        enrollmentTransactionReference: member.enrolmentReference,
        userReference: member.memberNo,
        successUrl: `https://online.pinecrestfcu.example/transfers/${transferId}/confirmed`,
        errorUrl: `https://online.pinecrestfcu.example/transfers/${transferId}/not-confirmed`,
        locale: member.locale,
        tokenLifetimeInMinutes: 15,
      },
      {
        auth: { username: process.env.PINECREST_NV_TOKEN ?? '', password: process.env.PINECREST_NV_SECRET ?? '' },
        headers: { Accept: 'application/json', 'User-Agent': 'Pinecrest-Online/9.0' },
      },
    );
    await saveTransferStepUp(transferId, data.transactionReference, data.timestamp);
    res.status(201).json({ faceLoginUrl: data.redirectUrl });
  } catch (err) {
    if (axios.isAxiosError(err) && err.response) {
      logger.warn({ status: err.response.status, vendor: err.response.data }, 'face login start refused');
      const mapped = FACE_LOGIN_ERRORS[err.response.status];
      if (mapped) {
        res.status(mapped.status).json({ code: mapped.code });
        return;
      }
    }
    logger.error({ err, memberId: member.id }, 'face login start failed');
    res.status(502).json({ code: 'FACE_LOGIN_FAILED' });
  } finally {
    pendingStepUps.delete(member.id);
  }
}
