// A protected initiate of an abstract base, called by the subclasses of this file through `this`, its answer type
// declared in the namespace that holds the classes: the type moves and so do the subclasses' reads.
import got from 'got';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

export namespace StepUps {
  interface Started {
    web: { href: string };
    workflowExecution: { id: string };
  }

  abstract class Base {
    protected async initiate(enrollment: string): Promise<Started> {
      // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
      const kyxAccount = await resolveKyxAccount(enrollment);
      return got
        .put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
          json: { customerInternalReference: enrollment, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } },
          headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
          retry: { limit: 0 },
        })
        .json<Started>();
    }
  }

  export class CardLimit extends Base {
    async start(enrollment: string) {
      const started = await this.initiate(enrollment);
      return { url: started.web.href, reference: started.workflowExecution.id };
    }
  }
}
