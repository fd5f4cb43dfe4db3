// Ashgrove Trust (US) mandates API: a new signatory on a business account confirms with a face login. NestJS 10,
// axios. The interceptor starts the face login before the controller method runs and leaves the vendor's answer on
// the request object; the controller reads it from @Req().
import {
  type CallHandler,
  Controller,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  Param,
  Post,
  Req,
  UseInterceptors,
} from '@nestjs/common';
import axios from 'axios';
import { findMandate, saveMandateStepUp } from './db.js';

interface FaceLoginStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

interface MandateRequest {
  params: { mandateId: string };
  faceLogin?: FaceLoginStarted;
}

const NETVERIFY_INITIATE = 'https://www.netverify.com/api/authentication/v1/web/initiate';

@Injectable()
export class FaceLoginInterceptor implements NestInterceptor {
  async intercept(context: ExecutionContext, next: CallHandler) {
    const request = context.switchToHttp().getRequest<MandateRequest>();
    const mandate = await findMandate(request.params.mandateId);
    const { data } = await axios.post<FaceLoginStarted>(
      NETVERIFY_INITIATE,
      {
        enrollmentTransactionReference: mandate.signatory.enrolmentReference,
        userReference: mandate.signatory.id,
        successUrl: `https://business.ashgrove.example/mandates/${mandate.id}/signed`,
        errorUrl: `https://business.ashgrove.example/mandates/${mandate.id}/failed`,
        locale: 'en-US',
        tokenLifetimeInMinutes: 30,
      },
      {
        auth: { username: process.env.ASHGROVE_NV_TOKEN!, password: process.env.ASHGROVE_NV_SECRET! },
        headers: { Accept: 'application/json', 'User-Agent': 'Ashgrove-Mandates/1.9' },
      },
    );
    request.faceLogin = data;
    return next.handle();
  }
}

@Controller('mandates')
export class MandateFaceLoginController {
  @Post(':mandateId/face-login')
  @UseInterceptors(FaceLoginInterceptor)
  async start(@Param('mandateId') mandateId: string, @Req() req: MandateRequest) {
    const started = req.faceLogin!;
    await saveMandateStepUp(mandateId, started.transactionReference, started.timestamp);
    return { faceLoginUrl: started.redirectUrl };
  }
}
