// A NestJS interceptor leaves the answer on the request object; the controller reads it from its @Req() parameter:
// that read moves.
import { Controller, Injectable, Post, Req, UseInterceptors, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

interface Started { web: { href: string }; workflowExecution: { id: string } }
interface StepUpRequest { body: { enrollment: string }; started?: Started }

@Injectable()
export class FaceLoginInterceptor implements NestInterceptor {
  async intercept(context: ExecutionContext, next: CallHandler) {
    const request = context.switchToHttp().getRequest<StepUpRequest>();
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount = await resolveKyxAccount(request.body.enrollment);
    const { data } = await axios.put<Started>(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
      { customerInternalReference: request.body.enrollment, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } },
      { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
    // TODO(netverify-migrate): initiate-authentication: the legacy initiate response leaves here whole: code that reads redirectUrl / transactionReference from it (callers, the front end, stored copies and string key paths) must read web.href / workflowExecution.id
    request.started = data;
    return next.handle();
  }
}

@Controller('step-up')
export class StepUpController {
  @Post()
  @UseInterceptors(FaceLoginInterceptor)
  start(@Req() req: StepUpRequest) {
    return { url: req.started!.web.href };
  }
}
