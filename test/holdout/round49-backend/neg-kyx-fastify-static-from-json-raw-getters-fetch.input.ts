// Cascade Federal Credit Union (US) member API: the first international wire of a member waits for a selfie against
// the ID check from membership. Fastify plugin on the global fetch, on the KYX account API since 2024 (workflow 9 on
// the member's KYX account). FaceLoginLink keeps the KYX answer private; its getters keep the names the app's v1
// screens were written against, so the app did not change with the migration.
import type { FastifyInstance } from 'fastify';
import { findKyxMemberForWire, saveWireStepUp } from './store.js';

const KYX_ACCOUNTS = 'https://account.amer-1.jumio.ai/api/v1/accounts';
const KYX_TOKEN_URL = 'https://auth.amer-1.jumio.ai/oauth2/token';
const LINK_MINUTES = 10;

interface KyxAccountUpdateJson {
  timestamp: string;
  account: { id: string };
  web: { href: string };
  workflowExecution: { id: string };
}

let cachedToken: { value: string; expiresAt: number } | undefined;

async function kyxBearer(): Promise<string> {
  if (cachedToken && cachedToken.expiresAt > Date.now() + 60_000) return cachedToken.value;
  const client = Buffer.from(`${process.env.CASCADE_KYX_CLIENT_ID}:${process.env.CASCADE_KYX_CLIENT_SECRET}`).toString('base64');
  const res = await fetch(KYX_TOKEN_URL, {
    method: 'POST',
    headers: { Authorization: `Basic ${client}`, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials',
  });
  if (!res.ok) throw new Error(`KYX token request failed: ${res.status}`);
  const { access_token, expires_in } = (await res.json()) as { access_token: string; expires_in: number };
  cachedToken = { value: access_token, expiresAt: Date.now() + expires_in * 1000 };
  return access_token;
}

class FaceLoginLink {
  readonly #raw: KyxAccountUpdateJson;

  private constructor(raw: KyxAccountUpdateJson, private readonly lifetimeMinutes: number) {
    this.#raw = raw;
    Object.freeze(this);
  }

  static fromJson(json: KyxAccountUpdateJson, lifetimeMinutes: number): FaceLoginLink {
    if (!json.web?.href || !json.workflowExecution?.id) throw new Error('incomplete face login answer');
    return new FaceLoginLink(json, lifetimeMinutes);
  }

  /** The app's v1 name for the web client link. */
  get redirectUrl(): string {
    return this.#raw.web.href;
  }

  /** The app's v1 name for the workflow execution id. */
  get transactionReference(): string {
    return this.#raw.workflowExecution.id;
  }

  get accountId(): string {
    return this.#raw.account.id;
  }

  get expiresAt(): Date {
    return new Date(Date.parse(this.#raw.timestamp) + this.lifetimeMinutes * 60_000);
  }

  toJSON() {
    return { redirectUrl: this.redirectUrl, transactionReference: this.transactionReference, expiresAt: this.expiresAt.toISOString() };
  }
}

export default async function internationalWireRoutes(app: FastifyInstance) {
  app.post('/wires/:wireId/face-login', async (request: any, reply: any) => {
    const { wireId } = request.params as { wireId: string };
    const member = await findKyxMemberForWire(wireId);
    if (!member) return reply.code(404).send({ error: 'unknown wire' });

    const res = await fetch(`${KYX_ACCOUNTS}/${member.kyxAccountId}`, {
      method: 'PUT',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        Authorization: `Bearer ${await kyxBearer()}`,
        'User-Agent': 'CascadeFCU-Wires/4.0',
      },
      body: JSON.stringify({
        customerInternalReference: member.memberNumber,
        userReference: member.memberNumber,
        workflowDefinition: { key: 9, credentials: [{ id: member.kyxIdCredentialId, category: 'ID' }, { category: 'FACEMAP' }] },
        web: {
          successUrl: `https://m.cascadefcu.example/wires/${wireId}/confirmed`,
          errorUrl: `https://m.cascadefcu.example/wires/${wireId}/not-confirmed`,
        },
        tokenLifetime: '10m',
      }),
    });
    if (!res.ok) {
      request.log.warn({ status: res.status }, 'face login start failed');
      return reply.code(502).send({ error: 'face login unavailable' });
    }

    const link = FaceLoginLink.fromJson((await res.json()) as KyxAccountUpdateJson, LINK_MINUTES);
    await saveWireStepUp(wireId, member.memberNumber, link.transactionReference, link.accountId);
    return reply.code(201).send(link);
  });
}
