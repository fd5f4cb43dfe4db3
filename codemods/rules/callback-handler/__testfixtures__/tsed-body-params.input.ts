// Ts.ED controller: one @BodyParams('field') per callback field, like Nest's @Body('field').
import { BodyParams, Controller, Post } from '@tsed/common';
import { saveAuthentication } from './store';

@Controller('/hooks')
export class FaceCallbackController {
  @Post('/face')
  async receive(
    @BodyParams('transactionReference') reference: string,
    @BodyParams('transactionResult') result: string,
    @BodyParams('enrollmentTransactionReference') enrollment: string,
  ) {
    await saveAuthentication(reference, { passed: result === 'PASSED', enrollment });
    return 'OK';
  }
}
