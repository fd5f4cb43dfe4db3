// React Router v7 resource route: the KYX JSON callback (already migrated).
import type { Route } from './+types/kyx-callback';
import { saveResult } from './store';

export async function action({ request }: Route.ActionArgs) {
  const callback = (await request.json()) as {
    callbackSentAt: string;
    workflowExecution: { id: string; status: string; definitionKey: string };
    account: { id: string };
  };
  await saveResult(callback.workflowExecution.id, { account: callback.account.id, status: callback.workflowExecution.status, at: callback.callbackSentAt });
  return new Response(null, { status: 200 });
}
