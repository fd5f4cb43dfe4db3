import { app, type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { parse } from 'node:querystring';
import { TableClient } from '@azure/data-tables';

const table = TableClient.fromConnectionString(process.env.STORAGE_CONNECTION!, 'faceauth');

export async function jumioAuthenticationCallback(request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> {
  const form = parse(await request.text());
  const reference = String(form.transactionReference);
  context.log(`jumio callback for ${reference}: ${form.transactionResult}`);
  await table.upsertEntity({
    partitionKey: String(form.enrollmentTransactionReference),
    rowKey: reference,
    result: String(form.transactionResult),
    date: String(form.transactionDate),
  });
  return { status: 200 };
}

app.http('jumioAuthenticationCallback', {
  methods: ['POST'],
  authLevel: 'anonymous',
  route: 'jumio/callback',
  handler: jumioAuthenticationCallback,
});
