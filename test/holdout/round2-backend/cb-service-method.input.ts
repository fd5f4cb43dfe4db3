import type { Request, Response } from 'express';

interface JumioAuthCallback {
  transactionReference: string;
  enrollmentTransactionReference: string;
  transactionResult: string;
  callBackType: string;
  callbackDate: string;
}

export class StepUpCallbackService {
  async process(payload: JumioAuthCallback): Promise<boolean> {
    if (payload.callBackType !== 'NETVERIFY_AUTHENTICATION') return false;
    console.log('authentication %s for enrollment %s: %s', payload.transactionReference, payload.enrollmentTransactionReference, payload.transactionResult);
    return payload.transactionResult === 'PASSED';
  }
}

const service = new StepUpCallbackService();

export async function jumioCallbackRoute(req: Request, res: Response) {
  await service.process(req.body);
  res.sendStatus(200);
}
