// Types of the card acquirer's settlement notifications, hand-written from its integration guide (a declaration
// module: no runtime code).

/** The form the acquirer posts once a card payment is settled or refused. */
export interface SettlementNotificationForm {
  notificationType: 'SETTLEMENT' | 'CHARGEBACK';
  merchantAccount: string;
  transactionReference: string;
  transactionResult: 'SETTLED' | 'REFUSED';
  transactionDate: string;
  amountMinor: string;
  currency: string;
}
