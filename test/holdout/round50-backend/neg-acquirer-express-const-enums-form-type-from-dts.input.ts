// Eastmere Building Society (EU): the card acquirer posts the outcome of each card payment taken on the society's
// payment pages to this route. Express 4 with the urlencoded parser. The form's type is the hand-written declaration
// in acquirer-notifications.d.ts; notification types and results are const enums, so no string is spelled twice.
import express from 'express';
import type { Request, Response } from 'express';
import type { SettlementNotificationForm } from './acquirer-notifications.js';
import { settleAcquirerPayment } from './store.js';

const enum NotificationType {
  Settlement = 'SETTLEMENT',
  Chargeback = 'CHARGEBACK',
}

const enum SettlementResult {
  Settled = 'SETTLED',
  Refused = 'REFUSED',
}

export const acquirerCallbacks = express.Router();

acquirerCallbacks.post('/hooks/acquirer/settlements', express.urlencoded({ extended: false }), async (req: Request, res: Response) => {
  const form = req.body as SettlementNotificationForm;
  if (form.notificationType !== NotificationType.Settlement) {
    res.status(204).json({});
    return;
  }

  await settleAcquirerPayment(form.transactionReference, {
    settled: form.transactionResult === SettlementResult.Settled,
    settledAt: form.transactionDate,
  });
  res.status(200).json({ received: true });
});
