import { Controller, Get, Query as Q, Res } from '@nestjs/common';
import type { Response } from 'express';

@Controller('identity')
export class IdentityDoneController {
  @Get('done')
  done(@Q('acquisitionStatus') status: string, @Q('workflowExecutionId') ref: string, @Q('errorCode') code: string, @Res() res: Response) {
    if (status !== 'SUCCESS') {
      // TODO(netverify-migrate): landing-page-params: errorCode 9836 changed meaning: legacy 9836 (no acceptable submission in 3 attempts) is 9835 on KYX; 9836 now means authentication failure
      if (code === '9836') return res.redirect('/identity/retry-tomorrow');
      return res.redirect(`/identity/failed?code=${code}`);
    }
    return res.render('identity-done', { ref });
  }
}
