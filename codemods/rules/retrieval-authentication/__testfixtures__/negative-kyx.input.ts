// Already on KYX: left alone.
export async function workflowDetails(accountId: string, workflowExecutionId: string, token: string) {
  const res = await fetch(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${workflowExecutionId}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  const details = (await res.json()) as { workflow: { id: string; status: string } };
  return details.workflow.id;
}
