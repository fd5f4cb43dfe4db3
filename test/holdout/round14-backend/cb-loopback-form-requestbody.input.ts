// LoopBack 4 controller: the callback's urlencoded form is declared in @requestBody's content map.
import { post, requestBody } from '@loopback/rest';
import { saveResult } from './store.js';

interface FaceLoginCallbackForm {
  transactionReference: string;
  enrollmentTransactionReference: string;
  transactionResult: 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  callBackType: string;
}

export class JumioCallbackController {
  @post('/callbacks/face-login', { responses: { '200': { description: 'stored' } } })
  async faceLogin(
    @requestBody({ content: { 'application/x-www-form-urlencoded': { schema: { type: 'object' } } } }) form: FaceLoginCallbackForm,
  ): Promise<void> {
    await saveResult(form.transactionReference, { result: form.transactionResult, enrollment: form.enrollmentTransactionReference, at: form.transactionDate });
  }
}
