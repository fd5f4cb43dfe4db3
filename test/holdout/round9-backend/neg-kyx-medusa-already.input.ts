// Medusa v2 route already on the KYX platform (migrated last year): face re-authentication, workflow 9 (EU).
import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { getKyxToken } from './kyx-token';

type JumioInitiateResult = { accountId: string; workflowExecutionId: string; redirectUrl: string };

export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customer = await req.scope.resolve('customer').retrieveCustomer(req.auth_context.actor_id);
  const accountId = customer.metadata?.kyx_account_id as string;
  const response = await fetch(`https://account.emea-1.jumio.ai/api/v1/accounts/${accountId}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${await getKyxToken('emea-1')}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      customerInternalReference: customer.id,
      userReference: customer.id,
      workflowDefinition: { key: 9, credentials: [{ id: customer.metadata?.kyx_id_credential as string, category: 'ID' }, { category: 'FACEMAP' }] },
      web: { successUrl: 'https://shop.example.eu/account/face/ok', locale: 'de' },
    }),
  });
  const json = (await response.json()) as { account: { id: string }; workflowExecution: { id: string }; web: { href: string } };
  const result: JumioInitiateResult = { accountId: json.account.id, workflowExecutionId: json.workflowExecution.id, redirectUrl: json.web.href };
  res.json(result);
};
