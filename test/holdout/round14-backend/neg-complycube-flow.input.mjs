// ComplyCube hosted flow: the session answer carries a redirectUrl (another IDV vendor).
export async function startComplyCubeFlow(clientId, userId) {
  const res = await fetch('https://api.complycube.com/v1/flow/sessions', {
    method: 'POST',
    headers: { Authorization: process.env.COMPLYCUBE_API_KEY, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      clientId,
      checkTypes: ['extensive_screening_check', 'identity_check', 'document_check'],
      successUrl: 'https://app.acme.example/kyc/done',
      cancelUrl: 'https://app.acme.example/kyc/cancelled',
      theme: 'light',
    }),
  });
  const { redirectUrl } = await res.json();
  return { redirectUrl, userReference: userId };
}
