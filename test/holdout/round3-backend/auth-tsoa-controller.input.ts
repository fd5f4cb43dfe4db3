import { Body, Controller, Post, Route, SuccessResponse, Tags } from 'tsoa';

interface InitiateFaceAuthRequest {
  /** Jumio scan reference of the user's enrolment. */
  enrollmentReference: string;
  userReference: string;
}

interface InitiateFaceAuthResponse {
  redirectUrl: string;
  transactionReference: string;
}

const BASIC = 'Basic ' + Buffer.from(process.env.JUMIO_TOKEN + ':' + process.env.JUMIO_SECRET).toString('base64');

@Route('face-auth')
@Tags('Authentication')
export class FaceAuthController extends Controller {
  @Post('initiate')
  @SuccessResponse('201', 'Created')
  public async initiate(@Body() request: InitiateFaceAuthRequest): Promise<InitiateFaceAuthResponse> {
    const res = await fetch('https://core-sgp.jumio.com/api/authentication/v1/web/initiate', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: BASIC },
      body: JSON.stringify({
        enrollmentTransactionReference: request.enrollmentReference,
        userReference: request.userReference,
        successUrl: 'https://portal.example.sg/auth/done',
      }),
    });
    const json: InitiateFaceAuthResponse = await res.json();
    this.setStatus(201);
    return { redirectUrl: json.redirectUrl, transactionReference: json.transactionReference };
  }
}
