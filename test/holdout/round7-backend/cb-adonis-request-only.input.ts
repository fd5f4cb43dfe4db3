import type { HttpContext } from '@adonisjs/core/http';
import { saveAuthenticationResult } from './store.js';

export default class NetverifyWebhooksController {
  async authentication({ request, response }: HttpContext) {
    const payload = request.only(['transactionReference', 'enrollmentTransactionReference', 'transactionResult', 'callBackType']);
    if (payload.callBackType !== 'NETVERIFY_AUTHENTICATION') {
      return response.noContent();
    }
    await saveAuthenticationResult(payload.transactionReference, {
      enrollment: payload.enrollmentTransactionReference,
      result: payload.transactionResult,
      face: request.input('idScanImageFace'),
    });
    return response.ok('OK');
  }
}
