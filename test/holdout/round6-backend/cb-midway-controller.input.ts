import { Body, Controller, Inject, Post } from '@midwayjs/core';
import { FaceAuthService } from './face-auth.service';

interface NetverifyAuthCallbackForm {
  transactionReference: string;
  transactionResult: string;
  transactionDate: string;
  enrollmentTransactionReference: string;
  callBackType: string;
  idScanImageFace?: string;
}

@Controller('/netverify')
export class NetverifyCallbackController {
  @Inject()
  faceAuth: FaceAuthService;

  @Post('/authentication-callback')
  async authenticationCallback(@Body() form: NetverifyAuthCallbackForm) {
    await this.faceAuth.complete(form.transactionReference, form.transactionResult, form.idScanImageFace);
    return 'OK';
  }
}
