import { Controller, Get, Query, Redirect } from '@nestjs/common';

// Jumio redirects the user here (successUrl and errorUrl) after the identity check.
@Controller('kyc')
export class KycReturnController {
  @Get('return')
  @Redirect()
  kycReturn(
    @Query('transactionStatus') status: string,
    @Query('transactionReference') reference: string,
    @Query('errorCode') errorCode?: string,
  ) {
    if (status === 'SUCCESS') return { url: `/onboarding/done?ref=${encodeURIComponent(reference)}` };
    return { url: `/onboarding/failed?code=${errorCode ?? ''}` };
  }
}
