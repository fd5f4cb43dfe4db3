// tsoa controller: the request body typed by an interface of the file that pins the callback type.
import { Body, Controller, Post, Route, SuccessResponse } from 'tsoa';
import { saveResult } from './store.js';

interface FaceLoginCallback {
  callBackType: 'NETVERIFY_AUTHENTICATION';
  transactionReference: string;
  transactionResult: 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  userReference?: string;
}

@Route('hooks')
export class FaceHooksController extends Controller {
  @Post('face-result')
  @SuccessResponse(200)
  public async faceResult(@Body() body: FaceLoginCallback): Promise<string> {
    await saveResult(body.transactionReference, { result: body.transactionResult, user: body.userReference });
    return 'OK';
  }
}
