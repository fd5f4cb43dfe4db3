// Face login already on the Jumio KYX platform (TypeScript class, the global fetch): an OAuth2 client-credentials
// token cached in #private fields, the account update with workflow 9, and the workflow details for the decision.
// The front end still reads the app's own redirectUrl / transactionReference keys.
export interface FaceLoginHandle {
  redirectUrl: string;
  transactionReference: string;
  accountId: string;
}

export class KyxFaceLogin {
  #accessToken: string | undefined;
  #expiresAt = 0;

  constructor(private readonly region: 'amer-1' | 'emea-1' | 'apac-1') {}

  async #token(): Promise<string> {
    if (this.#accessToken && Date.now() < this.#expiresAt - 60_000) return this.#accessToken;
    const res = await fetch(`https://auth.${this.region}.jumio.ai/oauth2/token`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Authorization: 'Basic ' + Buffer.from(`${process.env.KYX_CLIENT_ID}:${process.env.KYX_CLIENT_SECRET}`).toString('base64'),
      },
      body: 'grant_type=client_credentials',
    });
    const token = (await res.json()) as { access_token: string; expires_in: number };
    this.#accessToken = token.access_token;
    this.#expiresAt = Date.now() + token.expires_in * 1000;
    return token.access_token;
  }

  async start(accountId: string, credentialId: string, userId: string): Promise<FaceLoginHandle> {
    const res = await fetch(`https://account.${this.region}.jumio.ai/api/v1/accounts/${accountId}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await this.#token()}`, 'User-Agent': 'Acme/9.0' },
      body: JSON.stringify({
        customerInternalReference: userId,
        userReference: userId,
        workflowDefinition: { key: 9, credentials: [{ id: credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
        web: { successUrl: 'https://app.acme.example/face-login/done', locale: 'en-GB' },
        tokenLifetime: '15m',
      }),
    });
    const started = (await res.json()) as { web: { href: string }; workflowExecution: { id: string } };
    return { redirectUrl: started.web.href, transactionReference: started.workflowExecution.id, accountId };
  }

  async decision(accountId: string, workflowExecutionId: string): Promise<string | undefined> {
    const res = await fetch(
      `https://retrieval.${this.region}.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${workflowExecutionId}`,
      { headers: { Authorization: `Bearer ${await this.#token()}` } },
    );
    const details = (await res.json()) as { capabilities?: { authentication?: { decision: { type: string } }[] } };
    return details.capabilities?.authentication?.[0]?.decision.type;
  }
}
