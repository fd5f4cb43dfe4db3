// routing-controllers: fields taken one by one with @BodyParam('x') are read from the callback too.
import { BodyParam, JsonController, Post } from 'routing-controllers';

@JsonController('/hooks')
export class FaceAuthHooks {
  @Post('/face-auth')
  async callback(
    @BodyParam('transactionReference') reference: string,
    @BodyParam('transactionResult') result: string,
    @BodyParam('enrollmentTransactionReference') enrollment: string,
    @BodyParam('callBackType') type: string,
  ) {
    if (type !== 'NETVERIFY_AUTHENTICATION') return 'ignored';
    await store(reference, result, enrollment);
    return 'OK';
  }
}

declare function store(ref: string, result: string, enrollment: string): Promise<void>;
