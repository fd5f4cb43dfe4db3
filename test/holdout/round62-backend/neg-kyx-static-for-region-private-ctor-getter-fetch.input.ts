// Saltmarsh Remit: a sender who adds a new payout recipient confirms it with a face login on the KYX account created
// at registration (we keep the account id and the ID credential id then). One deployment per region (US, EU, SG); each
// picks its KYX region once at start-up with KyxFaceLogin.forRegion(). The OAuth2 token comes from our own
// client-credentials module. Node 20's global fetch.
import { saltmarshKyxToken } from './kyx-client-credentials.js';
import { saveRecipientStepUp, type KyxSender } from './db.js';

type Region = 'US' | 'EU' | 'SG';

interface FaceLoginStarted {
  timestamp: string;
  account: { id: string };
  web: { href: string };
  workflowExecution: { id: string };
}

export class KyxFaceLogin {
  static readonly #ORIGINS: Readonly<Record<Region, string>> = {
    US: 'https://account.amer-1.jumio.ai',
    EU: 'https://account.emea-1.jumio.ai',
    SG: 'https://account.apac-1.jumio.ai',
  };

  static readonly #TOKEN_REGIONS = { US: 'amer-1', EU: 'emea-1', SG: 'apac-1' } as const;

  readonly #region: Region;

  private constructor(region: Region) {
    this.#region = region;
  }

  static forRegion(region: Region): KyxFaceLogin {
    return new KyxFaceLogin(region);
  }

  get accountsUrl(): string {
    return `${KyxFaceLogin.#ORIGINS[this.#region]}/api/v1/accounts`;
  }

  async #bearerHeader(): Promise<string> {
    return `Bearer ${await saltmarshKyxToken(KyxFaceLogin.#TOKEN_REGIONS[this.#region])}`;
  }

  async confirmRecipient(sender: KyxSender, recipientId: string): Promise<string> {
    const res = await fetch(`${this.accountsUrl}/${sender.kyxAccountId}`, {
      method: 'PUT',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'User-Agent': 'SaltmarshRemit-Senders/2.1',
        Authorization: await this.#bearerHeader(),
      },
      body: JSON.stringify({
        customerInternalReference: sender.senderNo,
        userReference: sender.senderNo,
        workflowDefinition: { key: 9, credentials: [{ id: sender.kyxIdCredentialId, category: 'ID' }, { category: 'FACEMAP' }] },
        web: {
          successUrl: `https://send.saltmarshremit.example/recipients/${recipientId}/confirmed`,
          errorUrl: `https://send.saltmarshremit.example/recipients/${recipientId}/not-confirmed`,
        },
        tokenLifetime: '1h',
      }),
    });
    if (!res.ok) throw new Error(`face login not started: HTTP ${res.status}`);
    const started = (await res.json()) as FaceLoginStarted;
    await saveRecipientStepUp(recipientId, started.account.id, started.workflowExecution.id);
    return started.web.href;
  }
}
