// A NestJS controller: the request is the @Body() DTO, whose class declares the Jumio-only fields.
import { Body, Controller, HttpCode, Post } from '@nestjs/common';

export class AuthCallbackDto {
  transactionReference!: string;
  enrollmentTransactionReference!: string;
  transactionResult!: string;
  callBackType!: string;
}

@Controller('webhooks')
export class WebhooksController {
  @Post('auth')
  @HttpCode(200)
  async handle(@Body() dto: AuthCallbackDto): Promise<string> {
    return `${dto.transactionReference}:${dto.transactionResult}`;
  }
}
