import { Controller, Get, Query as Q, Res } from '@nestjs/common';
import type { Response } from 'express';

@Controller('identity')
export class IdentityDoneController {
  @Get('done')
  done(@Q('transactionStatus') status: string, @Q('transactionReference') ref: string, @Q('errorCode') code: string, @Res() res: Response) {
    if (status !== 'SUCCESS') {
      if (code === '9836') return res.redirect('/identity/retry-tomorrow');
      return res.redirect(`/identity/failed?code=${code}`);
    }
    return res.render('identity-done', { ref });
  }
}
