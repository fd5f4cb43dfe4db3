// Already migrated to KYX by hand: account update for an authentication.
export async function authenticateOnKyx(token: string, accountId: string, credentialId: string) {
  const res = await fetch(`https://account.emea-1.jumio.ai/api/v1/accounts/${accountId}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      customerInternalReference: accountId,
      workflowDefinition: { key: 9, credentials: [{ id: credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
      web: { successUrl: 'https://app.example.com/ok' },
    }),
  });
  const data = (await res.json()) as { web: { href: string }; workflowExecution: { id: string } };
  return { redirectUrl: data.web.href, transactionReference: data.workflowExecution.id };
}
