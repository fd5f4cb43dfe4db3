// Feathers 5: Jumio posts its authentication callback to /jumio-callbacks (koa bodyParser handles the form).
import { feathers } from '@feathersjs/feathers';
import { koa, bodyParser, rest } from '@feathersjs/koa';
import { saveResult } from './store';

interface JumioAuthCallback {
  transactionReference: string;
  enrollmentTransactionReference: string;
  transactionResult: string;
  callBackType: string;
  callbackDate: string;
}

class JumioCallbackService {
  async create(data: JumioAuthCallback) {
    if (data.callBackType !== 'NETVERIFY_AUTHENTICATION') return { ignored: true };
    await saveResult(data.transactionReference, {
      enrollment: data.enrollmentTransactionReference,
      result: data.transactionResult,
      at: data.callbackDate,
    });
    return { ok: true };
  }
}

const app = koa(feathers());
app.use(bodyParser());
app.configure(rest());
app.use('jumio-callbacks', new JumioCallbackService());

export default app;
