import { Config, Inject, Provide } from '@midwayjs/core';
import { HttpService } from '@midwayjs/axios';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

@Provide()
export class JumioResultService {
  // TODO(netverify-migrate): retrieval-authentication: Midway's HttpService takes its defaults from the app's axios config (config.default.ts) (migrated calls pass auth: null, because axios sends an instance's auth instead of any Authorization header): remove legacy Jumio Basic credentials and a legacy baseURL from it once none of its calls goes to a legacy Jumio host
  @Inject()
  httpService: HttpService;

  @Config('jumio.basic')
  basic: string;

  async userOf(reference: string): Promise<string> {
    // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
    const { accountId } = await resolveKyxWorkflowAccount(reference);
    const { data } = await this.httpService.get(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, {
      headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}`, 'User-Agent': 'Contoso Midway/1.0' },
      auth: null as never,
    });
    return data.workflow.userReference;
  }
}
