import { Controller, Get, Query, Render } from '@nestjs/common';
import { IsIn, IsOptional, IsString, IsUUID } from 'class-validator';

export class IdentityReturnQuery {
  @IsIn(['SUCCESS', 'ERROR'])
  transactionStatus!: 'SUCCESS' | 'ERROR';

  @IsUUID()
  transactionReference!: string;

  @IsOptional()
  @IsString()
  errorCode?: string;
}

// Landing page of the Jumio identity verification (successUrl/errorUrl).
@Controller('identity')
export class IdentityReturnController {
  @Get('done')
  @Render('identity-done')
  done(@Query() query: IdentityReturnQuery) {
    return {
      ok: query.transactionStatus === 'SUCCESS',
      reference: query.transactionReference,
      errorCode: query.errorCode,
    };
  }
}
