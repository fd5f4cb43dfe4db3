// The static block also sets a timeout the class still reads: only the legacy endpoint's statement goes.
import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

export class FaceAuth {
  static #timeoutMs: number;

  static {
    this.#timeoutMs = Number(process.env.FACE_TIMEOUT_MS ?? 10000);
  }

  async begin(enrollmentReference: string, userReference: string): Promise<string> {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount = await resolveKyxAccount(enrollmentReference);
    const res = await axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, { customerInternalReference: userReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference }, {
      timeout: FaceAuth.#timeoutMs,
      headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
    });
    return res.data.web.href;
  }
}
