// Azure Functions v4 programming model: the callback form read with request.formData().
import { app, type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { saveResult } from './store';

export async function jumioAuthCallback(request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> {
  const form = await request.formData();
  const reference = String(form.get('transactionReference'));
  context.log(`jumio authentication ${reference}: ${form.get('transactionResult')}`);
  await saveResult(reference, { result: form.get('transactionResult'), source: form.get('scanSource'), enrollment: form.get('enrollmentTransactionReference') });
  return { status: 200, body: 'OK' };
}

app.http('jumioAuthCallback', { methods: ['POST'], authLevel: 'anonymous', route: 'jumio/auth-callback', handler: jumioAuthCallback });
