// The initiate answer handed to members of a class of this file: a static factory (the only reader of the answer)
// and, for the audit copy, a private method. Both are called once, so the reads inside them move with the type.
import { saveStepUp } from './step-up-store';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

interface NetverifyInitiateJson {
  timestamp: string;
  web: { href: string };
  workflowExecution: { id: string };
}

class StepUpLink {
  private constructor(readonly url: string, readonly reference: string) {}

  static fromJson(json: NetverifyInitiateJson): StepUpLink {
    if (!json.web.href) throw new Error('incomplete answer');
    return new StepUpLink(json.web.href, json.workflowExecution.id);
  }
}

export class StepUpService {
  async start(enrollmentReference: string, userId: string): Promise<StepUpLink> {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount = await resolveKyxAccount(enrollmentReference);
    const res = await fetch(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
      body: JSON.stringify({ customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId }),
    });
    const answer = (await res.json()) as NetverifyInitiateJson;
    await saveStepUp(this.#audit(answer));
    return StepUpLink.fromJson(answer);
  }

  #audit(answer: NetverifyInitiateJson) {
    return { reference: answer.workflowExecution.id, at: answer.timestamp };
  }
}
