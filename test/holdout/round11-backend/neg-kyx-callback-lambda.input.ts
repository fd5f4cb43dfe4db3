// KYX JSON callback receiver on Lambda (already migrated): must stay untouched.
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { saveResult } from './store';

export async function handler(event: APIGatewayProxyEventV2) {
  const callback = JSON.parse(event.body ?? '{}') as {
    callbackSentAt: string;
    workflowExecution: { id: string; href: string; definitionKey: string; status: string };
    account: { id: string };
  };
  if (callback.workflowExecution.definitionKey === '9') {
    await saveResult(callback.workflowExecution.id, { status: callback.workflowExecution.status, account: callback.account.id });
  }
  return { statusCode: 200 };
}
