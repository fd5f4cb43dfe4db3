// One instance per data centre: a private constructor picks the origin from the class's static map, a getter builds
// the initiate URL from it.
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

declare function saveFaceLogin(userId: string, reference: string): Promise<void>;

type DataCentre = 'US' | 'EU';

export class FaceLogin {
  static readonly #ORIGINS: Readonly<Record<DataCentre, string>> = {
    US: 'https://netverify.com',
    EU: 'https://lon.netverify.com',
  };

  readonly #origin: string;

  private constructor(dataCentre: DataCentre) {
    this.#origin = FaceLogin.#ORIGINS[dataCentre];
  }

  static forRegion(dataCentre: DataCentre): FaceLogin {
    return new FaceLogin(dataCentre);
  }

  get initiateUrl(): string {
    return `${this.#origin}/api/authentication/v1/web/initiate`;
  }

  async start(enrollmentReference: string, userId: string): Promise<string> {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount = await resolveKyxAccount(enrollmentReference);
    const kyxOrigin = ({ 'https://netverify.com': 'https://account.amer-1.jumio.ai', 'https://lon.netverify.com': 'https://account.emea-1.jumio.ai' } as Record<string, string>)[new URL(this.initiateUrl).origin];
    const res = await fetch(`${kyxOrigin}/api/v1/accounts/${kyxAccount.accountId}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxAccessToken(kyxOrigin)}` },
      body: JSON.stringify({ customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId }),
    });
    const started = await res.json();
    await saveFaceLogin(userId, started.workflowExecution.id);
    return started.web.href;
  }
}
