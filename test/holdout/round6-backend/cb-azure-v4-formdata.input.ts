import { app, HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import { TableClient } from '@azure/data-tables';

const table = TableClient.fromConnectionString(process.env.STORAGE ?? '', 'faceauth');

app.http('jumioAuthenticationCallback', {
  methods: ['POST'],
  authLevel: 'anonymous',
  route: 'callbacks/jumio/authentication',
  handler: async (request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> => {
    const form = await request.formData();
    const reference = String(form.get('transactionReference'));
    context.log(`jumio callback for ${reference}`);
    await table.upsertEntity({
      partitionKey: 'auth',
      rowKey: reference,
      result: String(form.get('transactionResult')),
      enrollment: String(form.get('enrollmentTransactionReference')),
      callbackDate: String(form.get('callbackDate')),
    });
    return { status: 200 };
  },
});
