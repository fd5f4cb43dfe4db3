// Azure Functions (Node v4 programming model): the Jumio identity check returns the browser here.
import { app, type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';

export async function kycReturn(request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> {
  const status = request.query.get('transactionStatus');
  const reference = request.query.get('transactionReference');
  context.log(`identity check returned ${status} for ${reference}`);
  if (status === 'SUCCESS') {
    return { status: 302, headers: { Location: `/onboarding/pending?ref=${encodeURIComponent(reference ?? '')}` } };
  }
  return { status: 302, headers: { Location: `/onboarding/identity?error=${request.query.get('errorCode') ?? ''}` } };
}

app.http('kycReturn', { methods: ['GET'], authLevel: 'anonymous', route: 'kyc/return', handler: kycReturn });
