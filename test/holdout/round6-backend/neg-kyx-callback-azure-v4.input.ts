import { app, HttpRequest, HttpResponseInit } from '@azure/functions';

interface KyxCallback {
  callbackSentAt: string;
  userReference?: string;
  workflowExecution: { id: string; href: string; definitionKey: string; status: string };
  account: { id: string; href: string };
}

app.http('jumioKyxCallback', {
  methods: ['POST'],
  route: 'callbacks/jumio',
  handler: async (request: HttpRequest): Promise<HttpResponseInit> => {
    const body = (await request.json()) as KyxCallback;
    console.log(`workflow ${body.workflowExecution.id} of account ${body.account.id}: ${body.workflowExecution.status}`);
    return { status: 200 };
  },
});
