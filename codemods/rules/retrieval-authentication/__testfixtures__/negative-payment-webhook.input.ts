// A payment gateway's verification call: same field names, not Jumio.
interface PaymentVerification {
  transactionReference: string;
  transactionResult: 'PASSED' | 'FAILED';
  transactionDate: string;
  userReference?: string;
}

export async function verifyPayment(reference: string, secret: string): Promise<boolean> {
  const res = await fetch(`https://api.novac-payments.example/api/v2/authentications/${reference}`, {
    headers: { Authorization: `Basic ${secret}` },
  });
  const body = (await res.json()) as PaymentVerification;
  return body.transactionResult === 'PASSED' && body.transactionReference === reference;
}
