// The route hands req.body to a service method: the method reads the payload through its own parameter.
import type { Request, Response } from 'express';

interface AuthCallbackPayload {
  transactionReference: string;
  enrollmentTransactionReference: string;
  transactionResult: string;
  callBackType: string;
}

export class StepUpCallbackService {
  async process(payload: AuthCallbackPayload): Promise<boolean> {
    if (payload.callBackType !== 'NETVERIFY_AUTHENTICATION') return false;
    return payload.transactionResult === 'PASSED';
  }
}

const service = new StepUpCallbackService();

export async function callbackRoute(req: Request, res: Response) {
  await service.process(req.body);
  res.sendStatus(200);
}
