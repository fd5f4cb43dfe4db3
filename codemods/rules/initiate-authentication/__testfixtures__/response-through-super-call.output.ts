// A base client returns the Netverify answer; the subclass overrides the method, calls the base's through super and
// reads the answer before handing it on. The override's own callers read it too.
import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';
declare function notifyDevice(userId: string, url: string): Promise<void>;

interface Started {
  timestamp: string;
  web: { href: string };
  workflowExecution: { id: string };
}

abstract class FaceLoginBase {
  protected async initiate(enrollmentReference: string, userId: string): Promise<Started> {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount = await resolveKyxAccount(enrollmentReference);
    const { data } = await axios.put<Started>(
      `https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
      { customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId },
      { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } },
    );
    return data;
  }
}

class DeviceFaceLogin extends FaceLoginBase {
  protected override async initiate(enrollmentReference: string, userId: string): Promise<Started> {
    const started = await super.initiate(enrollmentReference, userId);
    await notifyDevice(userId, started.web.href);
    return started;
  }

  async reference(enrollmentReference: string, userId: string): Promise<string> {
    return (await this.initiate(enrollmentReference, userId)).workflowExecution.id;
  }
}

export const deviceFaceLogin = new DeviceFaceLogin();
