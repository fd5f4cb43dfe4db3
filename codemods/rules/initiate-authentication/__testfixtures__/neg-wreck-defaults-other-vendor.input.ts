import Wreck from '@hapi/wreck';

// A payment gateway's client made the same way: its initiate path and response fields look like Jumio's.
const gateway = Wreck.defaults({
  baseUrl: 'https://api.paygate.example',
  headers: { Authorization: `Basic ${process.env.PAYGATE_BASIC}` },
  json: true,
});

export async function startPayment(orderId: string): Promise<string> {
  const { payload } = await gateway.post<{ redirectUrl: string; transactionReference: string }>('/api/authentication/v1/web/initiate', {
    payload: { enrollmentTransactionReference: orderId, successUrl: 'https://shop.example/paid' },
  });
  return `${payload.redirectUrl}#${payload.transactionReference}`;
}
