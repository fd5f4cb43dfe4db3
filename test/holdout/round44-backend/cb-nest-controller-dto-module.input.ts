// Webhooks of the online bank's identity module (NestJS 10). The identity vendor posts each face-login result here;
// the form's class (with its validation rules) lives in face-login-callback.dto.ts, the results store is injected.
//
// main.ts registers the urlencoded parser and the global ValidationPipe; the route is public (no session), so it
// only records what arrived and answers 200 at once, as the vendor asks.
import { Body, Controller, HttpCode, Logger, Post } from '@nestjs/common';
import { FaceLoginCallbackDto } from './face-login-callback.dto.js';
import { FaceLoginResults } from './store.js';

@Controller('webhooks/identity')
export class FaceLoginWebhookController {
  private readonly logger = new Logger(FaceLoginWebhookController.name);

  constructor(private readonly results: FaceLoginResults) {}

  /** One face-login result; the vendor retries until it gets a 200. */
  @Post('face-login')
  @HttpCode(200)
  async receive(@Body() form: FaceLoginCallbackDto): Promise<{ received: true }> {
    this.logger.log(`face login ${form.transactionReference}: ${form.transactionResult}`);

    await this.results.record(form.transactionReference, {
      enrolment: form.enrollmentTransactionReference,
      outcome: form.transactionResult,
      decidedAt: form.transactionDate,
    });

    return { received: true };
  }
}
