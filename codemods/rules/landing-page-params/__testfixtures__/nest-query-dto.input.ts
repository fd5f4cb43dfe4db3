import { Get, JsonController, QueryParams } from 'routing-controllers';

interface VerificationReturn {
  transactionStatus: 'SUCCESS' | 'ERROR';
  transactionReference: string;
  errorCode?: string;
}

// successUrl / errorUrl of the identity verification.
@JsonController('/verification')
export class VerificationReturnController {
  @Get('/return')
  back(@QueryParams() q: VerificationReturn) {
    const { transactionStatus, transactionReference } = q;
    return { verified: transactionStatus === 'SUCCESS', reference: transactionReference, code: q.errorCode };
  }
}
