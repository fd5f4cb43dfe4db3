import { Body, Controller, HttpCode, Post } from '@nestjs/common';

@Controller('kyc')
export class KycController {
  @Post('auth-result')
  @HttpCode(200)
  async authResult(
    @Body('transactionReference') reference: string,
    @Body('transactionResult') result: string,
    @Body('enrollmentTransactionReference') enrollment: string,
  ): Promise<void> {
    console.log(reference, result, enrollment);
  }
}
