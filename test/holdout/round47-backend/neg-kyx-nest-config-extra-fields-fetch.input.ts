// Keystone Savings (US): an outgoing wire to a payee added in the last 14 days waits for the customer's selfie against
// the ID check from account opening. NestJS service on the global fetch, on the KYX account API since 2023 (workflow 9
// on the customer's account); the controller and the callback receiver live in other modules.
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { recordWireStepUp, type KyxPendingWire } from './store.js';

const KYX_ACCOUNTS = 'https://account.amer-1.jumio.ai/api/v1/accounts';
const KYX_TOKEN_URL = 'https://auth.amer-1.jumio.ai/oauth2/token';

interface KyxAuthenticationStarted {
  timestamp: string;
  account: { id: string };
  web: { href: string };
  workflowExecution: { id: string };
}

let cachedToken: { value: string; expiresAt: number } | undefined;

async function kyxBearer(): Promise<string> {
  if (cachedToken && cachedToken.expiresAt > Date.now() + 60_000) return cachedToken.value;
  const client = Buffer.from(`${process.env.KEYSTONE_KYX_CLIENT_ID}:${process.env.KEYSTONE_KYX_CLIENT_SECRET}`).toString('base64');
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

@Injectable()
export class WireStepUpService {
  constructor(private readonly config: ConfigService) {}

  async begin(wire: KyxPendingWire, clientIp: string): Promise<{ url: string; reference: string }> {
    const appUrl: string = this.config.get('PUBLIC_APP_URL');
    const res = await fetch(`${KYX_ACCOUNTS}/${wire.customer.kyxAccountId}`, {
      method: 'PUT',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        Authorization: `Bearer ${await kyxBearer()}`,
        'User-Agent': 'KeystoneSavings-Wires/3.0',
      },
      body: JSON.stringify({
        customerInternalReference: wire.id,
        userReference: wire.customer.id,
        workflowDefinition: { key: 9, credentials: [{ id: wire.customer.kyxIdCredentialId, category: 'ID' }, { category: 'FACEMAP' }] },
        web: {
          successUrl: `${appUrl}/wires/${wire.id}/verified`,
          errorUrl: `${appUrl}/wires/${wire.id}/declined`,
          locale: wire.customer.locale,
        },
        callbackUrl: `${this.config.get('PUBLIC_API_URL')}/hooks/kyx/face-login`,
        tokenLifetime: `${Number(this.config.get('KYX_LINK_MINUTES') ?? 15)}m`,
        reportingCriteria: 'wire-step-up',
        userConsent: { userIp: clientIp, userLocation: { country: 'USA' }, consent: { obtained: 'yes', obtainedAt: new Date().toISOString() } },
      }),
    });
    if (!res.ok) {
      console.warn(`face login start failed for wire ${wire.id}: ${res.status}`);
      throw new Error('identity provider unavailable');
    }

    const started = (await res.json()) as KyxAuthenticationStarted;
    await recordWireStepUp(wire.id, started.workflowExecution.id);
    return { url: started.web.href, reference: started.workflowExecution.id };
  }
}
