// Face login start of the US web app (an Express 5 handler module, TypeScript). axios is called with a config
// object, the body is built beside it, the Basic header with btoa; Jumio's answer is kept under the app's own names.
import type { Request, Response } from 'express';
import axios from 'axios';

const JUMIO_AUTH_URL = 'https://netverify.com/api/authentication/v1/web/initiate';

interface FaceLoginStart {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export async function startFaceLogin(req: Request, res: Response): Promise<void> {
  const errorUrl = `${process.env.APP_URL}/face-login/error`;
  const payload = {
    enrollmentTransactionReference: req.user.jumioEnrollment,
    userReference: req.user.id,
    errorUrl,
  };
  const {
    data: { redirectUrl: iframeSrc, transactionReference: authRef = null },
  } = await axios<FaceLoginStart>({
    method: 'post',
    url: JUMIO_AUTH_URL,
    data: payload,
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(JSON.stringify(payload)),
      'User-Agent': 'Acme Web US/9.0',
      Authorization: `Basic ${btoa(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`)}`,
    },
  });
  req.session.faceLoginRef = authRef;
  res.json({ iframeSrc });
}
