// Nordlys Energi (EU) customer portal: before a meter owner changes the account their feed-in payouts go to, they
// pass a face login. The vendor posts the outcome to this controller (main.ts registers the urlencoded parser).
// The rows are written by the initiate side of this module; the callback only fills in the outcome.
import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { eq } from 'drizzle-orm';
import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { DRIZZLE } from './store.js';

export const payoutChangeFaceLogins = pgTable('payout_change_face_logins', {
  transactionReference: text('transaction_reference').primaryKey(),
  enrollmentTransactionReference: text('enrollment_transaction_reference').notNull(),
  meterOwnerId: text('meter_owner_id').notNull(),
  transactionResult: text('transaction_result'),
  transactionDate: timestamp('transaction_date', { withTimezone: true }),
  // When our webhook received the outcome (the vendor's own timestamp is not kept).
  callbackDate: timestamp('callback_date', { withTimezone: true }),
});

/** The form fields this controller uses (the vendor posts more). */
interface FaceLoginCallbackForm {
  callBackType: string;
  transactionReference: string;
  transactionResult: 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
}

@Controller('webhooks/netverify')
export class PayoutChangeFaceLoginController {
  constructor(@Inject(DRIZZLE) private readonly db: NodePgDatabase) {}

  @Post('face-login')
  @HttpCode(200)
  async receive(@Body() form: FaceLoginCallbackForm): Promise<{ received: true }> {
    if (form.callBackType === 'NETVERIFY_AUTHENTICATION') {
      await this.db
        .update(payoutChangeFaceLogins)
        .set({
          transactionResult: form.transactionResult,
          transactionDate: new Date(form.transactionDate),
          callbackDate: new Date(),
        })
        .where(eq(payoutChangeFaceLogins.transactionReference, form.transactionReference));
    }
    return { received: true };
  }
}
