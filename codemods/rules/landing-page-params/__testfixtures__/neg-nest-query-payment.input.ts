import { Controller, Get, Query } from '@nestjs/common';

// A card acquirer's return URL: it names its parameters like Jumio's, with its own status values.
@Controller('pay')
export class AcquirerReturnController {
  @Get('return')
  back(@Query('transactionStatus') status: string, @Query('transactionReference') ref: string) {
    return status === 'APPROVED' ? { paid: true, ref } : { paid: false };
  }
}
