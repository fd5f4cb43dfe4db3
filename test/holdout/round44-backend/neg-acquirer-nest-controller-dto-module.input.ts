// Webhooks of the card services (NestJS 10). The card acquirer posts each settlement result here; the form's class
// (with its validation rules) lives in settlement-notification.dto.ts, the settlements store is injected.
//
// main.ts registers the urlencoded parser and the global ValidationPipe; the route is public (no session), so it
// only records what arrived and answers 200 at once, as the acquirer asks.
import { Body, Controller, HttpCode, Logger, Post } from '@nestjs/common';
import { SettlementNotificationDto } from './settlement-notification.dto.js';
import { CardSettlements } from './store.js';

@Controller('webhooks/acquirer')
export class SettlementWebhookController {
  private readonly logger = new Logger(SettlementWebhookController.name);

  constructor(private readonly settlements: CardSettlements) {}

  /** One settlement result; the acquirer retries until it gets a 200. */
  @Post('settlement')
  @HttpCode(200)
  async receive(@Body() form: SettlementNotificationDto): Promise<{ received: true }> {
    this.logger.log(`settlement ${form.transactionReference}: ${form.transactionResult}`);

    await this.settlements.settle(form.transactionReference, {
      merchantReference: form.merchantReference,
      outcome: form.transactionResult,
      settledAt: form.transactionDate,
    });

    return { received: true };
  }
}
