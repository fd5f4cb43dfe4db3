// Already on KYX (US): the workflow details stored with Drizzle.
import { eq } from 'drizzle-orm';
import { db } from '@acme/db';
import { faceLogins } from '@acme/db/schema';
import { kyxToken } from './kyx-token.js';

export async function recordKyxOutcome(accountId: string, workflowExecutionId: string) {
  const res = await fetch(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${workflowExecutionId}`, {
    headers: { Authorization: `Bearer ${await kyxToken('amer-1')}`, 'User-Agent': 'Acme Sweeper/2.0' },
  });
  const details = (await res.json()) as { workflow: { id: string; status: string }; decision?: { type: string } };
  await db
    .update(faceLogins)
    .set({ result: details.decision?.type ?? details.workflow.status })
    .where(eq(faceLogins.reference, details.workflow.id));
}
