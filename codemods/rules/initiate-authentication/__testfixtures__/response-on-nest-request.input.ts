// A NestJS interceptor leaves the answer on the request object; the controller reads it from its @Req() parameter:
// that read moves.
import { Controller, Injectable, Post, Req, UseInterceptors, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import axios from 'axios';

interface Started { redirectUrl: string; transactionReference: string }
interface StepUpRequest { body: { enrollment: string }; started?: Started }

@Injectable()
export class FaceLoginInterceptor implements NestInterceptor {
  async intercept(context: ExecutionContext, next: CallHandler) {
    const request = context.switchToHttp().getRequest<StepUpRequest>();
    const { data } = await axios.post<Started>('https://netverify.com/api/authentication/v1/web/initiate',
      { enrollmentTransactionReference: request.body.enrollment },
      { auth: { username: process.env.NV_TOKEN!, password: process.env.NV_SECRET! } });
    request.started = data;
    return next.handle();
  }
}

@Controller('step-up')
export class StepUpController {
  @Post()
  @UseInterceptors(FaceLoginInterceptor)
  start(@Req() req: StepUpRequest) {
    return { url: req.started!.redirectUrl };
  }
}
