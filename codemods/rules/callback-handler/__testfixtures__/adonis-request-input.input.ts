// AdonisJS: request.input('field') reads one field of the form body.
import type { HttpContext } from '@adonisjs/core/http';
import { saveAuthentication } from './store';

export default class JumioWebhooksController {
  async authentication({ request, response }: HttpContext) {
    if (request.input('callBackType') !== 'NETVERIFY_AUTHENTICATION') return response.noContent();
    await saveAuthentication(request.input('transactionReference'), {
      result: request.input('transactionResult'),
      face: request.input('idScanImageFace'),
    });
    return response.ok('OK');
  }
}
