// The details URL built by a method of the calling class from a private host field (`this.detailsUrl(reference)`):
// the method's parameter is the call's argument, so the reference is visible at the call and the URL is proven.
// The private builder, host and header fields only the call read go with it; a public builder others may call stays.
import { request } from 'undici';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

export class FaceLoginResults {
  async userOf(reference: string) {
    // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
    const { accountId } = await resolveKyxWorkflowAccount(reference);
    const { body } = await request(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, { headers: { authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
    const details = (await body.json()) as { workflow: { userReference?: string } };
    return details.workflow.userReference;
  }
}

export class PublicUrls {
  detailsUrl(reference: string) {
    return `https://lon.netverify.com/api/netverify/v2/authentications/${reference}`;
  }

  async userOf(reference: string) {
    // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
    const { accountId } = await resolveKyxWorkflowAccount(reference);
    const { body } = await request(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, { headers: { authorization: `Bearer ${await kyxAccessToken('emea-1')}` } });
    const details = (await body.json()) as { workflow: { userReference?: string } };
    return details.workflow.userReference;
  }
}
