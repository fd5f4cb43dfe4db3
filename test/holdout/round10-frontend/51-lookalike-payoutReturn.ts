// Azure Functions (Node v4 programming model): the remittance partner returns the browser here after a payout.
import { app, type HttpRequest, type HttpResponseInit } from '@azure/functions';

export async function payoutReturn(request: HttpRequest): Promise<HttpResponseInit> {
  const status = request.query.get('transactionStatus');
  const reference = request.query.get('transactionReference');
  const location = status === 'SUCCESS' ? `/remittance/sent?ref=${reference}` : '/remittance/failed';
  return { status: 302, headers: { Location: location } };
}

app.http('payoutReturn', { methods: ['GET'], authLevel: 'anonymous', route: 'remittance/return', handler: payoutReturn });
