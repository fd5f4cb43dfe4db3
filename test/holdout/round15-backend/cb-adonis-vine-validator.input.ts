// AdonisJS 6 controller: VineJS validates the callback form (request.validateUsing).
import type { HttpContext } from '@adonisjs/core/http';
import vine from '@vinejs/vine';
import { saveResult } from './store.js';

const faceLoginCallback = vine.compile(
  vine.object({
    callBackType: vine.string(),
    transactionReference: vine.string(),
    enrollmentTransactionReference: vine.string(),
    transactionResult: vine.enum(['PASSED', 'FAILED', 'INVALID', 'EXPIRED']),
    callbackDate: vine.string().optional(),
  }),
);

export default class JumioCallbacksController {
  async faceLogin({ request, response }: HttpContext) {
    const payload = await request.validateUsing(faceLoginCallback);
    await saveResult(payload.transactionReference, { result: payload.transactionResult, enrollment: payload.enrollmentTransactionReference });
    return response.ok('OK');
  }
}
