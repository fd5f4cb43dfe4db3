// "Is this page about a payment?": the one spelling of the payment vocabulary the lookalike guards count (a PSP
// return page reads transactionStatus / transactionReference too). Free of the compiler, so the text-only template
// scan uses it as well as landing-page-params.

/** Commerce and card-payment words, whole words in any case (a PSP return page confirming an order, a checkout, a
 * cart, a wallet top-up; 3-D Secure's PaRes / acsUrl). */
const COMMERCE_WORDS = /\b(payments?|paymentReference|amount|invoice|refund|stripe|paypal|adyen|monnify|paystack|flutterwave|razorpay|novac|interswitch|orders?|confirmOrder|checkout|cart|merchant|wallet|top-?up|deposit|payout|3-?d(s|[ -]?secure)|three-?d-?secure|PaRes|acsUrl)\b/i;

/** The forms of paying and buying, as a path segment, a status value or a part of a camelCase name: `/paid/`,
 * `'PAID'`, `isPaid`, `paymentStatus`, `prepaid_card`, `purchasedAt`, `checkoutId`. A form must end there: `payload`
 * (the iFrame event's field) is no `pay`. */
const PAY_FORMS = [
  'pay', 'pays', 'paid', 'paying', 'payment', 'payments', 'payer', 'payee', 'payable', 'payout', 'payouts',
  'prepay', 'prepaid', 'unpaid', 'repay', 'repaid', 'repayment', 'overpaid', 'underpaid',
  'purchase', 'purchases', 'purchased', 'purchasing', 'receipt', 'receipts', 'refunded', 'refunds', 'checkout', 'basket',
];
const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
// Case is spelled out (an `i` flag would also let `Payload` end a word at `l`, and let a lower-case letter start one).
const PAY_FAMILY = new RegExp(
  `(?:(?<![A-Za-z])(?:${PAY_FORMS.flatMap((w) => [w, cap(w), w.toUpperCase()]).join('|')})|(?<=[a-z0-9])(?:${PAY_FORMS.map(cap).join('|')}))(?![a-z])`);

/** The first payment word of `text`, if any (`exec(text)?.[0]`), and whether there is one (`test`): a RegExp's
 * interface, so callers read it like one. Neither keeps state between calls. */
export const PAYMENT_WORDS: Pick<RegExp, 'exec' | 'test'> = {
  exec: (text: string) => COMMERCE_WORDS.exec(text) ?? PAY_FAMILY.exec(text),
  test: (text: string) => COMMERCE_WORDS.test(text) || PAY_FAMILY.test(text),
};
