// Ts.ED controller: one @BodyParams per field of the Jumio authentication callback.
import { BodyParams, Controller, Post } from '@tsed/common';
import { saveResult } from './store';

@Controller('/jumio')
export class JumioCallbackController {
  @Post('/authentication-callback')
  async receive(
    @BodyParams('transactionReference') reference: string,
    @BodyParams('transactionResult') result: string,
    @BodyParams('enrollmentTransactionReference') enrollment: string,
    @BodyParams('callBackType') type: string,
  ) {
    if (type !== 'NETVERIFY_AUTHENTICATION') return 'ignored';
    await saveResult(reference, { result, enrollment });
    return 'OK';
  }
}
