// Feathers 5: the Jumio authentication callback is a custom service (koa bodyParser reads the form).
import type { Application } from '@feathersjs/koa';
import { saveResult } from './store';

interface AuthenticationCallback {
  callBackType: string;
  transactionReference: string;
  transactionResult: string;
  callbackDate: string;
  livenessImages?: string;
}

export class JumioCallbackService {
  async create(data: AuthenticationCallback) {
    if (data.callBackType !== 'NETVERIFY_AUTHENTICATION') return { ignored: true };
    await saveResult(data.transactionReference, {
      result: data.transactionResult,
      receivedAt: data.callbackDate,
      liveness: JSON.parse(data.livenessImages ?? '[]'),
    });
    return { ok: true };
  }
}

export function registerJumioCallback(app: Application) {
  app.use('jumio/authentication-callback', new JumioCallbackService());
}
