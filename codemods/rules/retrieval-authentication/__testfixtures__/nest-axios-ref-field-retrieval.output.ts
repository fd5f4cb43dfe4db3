// NestJS HttpService's axiosRef kept in a field from the constructor's parameter: the same axios instance.
import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

interface AuthenticationDetails {
  workflow: { id: string; userReference: string };
}

@Injectable()
export class FaceAuthResults {
  private readonly api: HttpService['axiosRef'];

  constructor(http: HttpService) {
    this.api = http.axiosRef;
  }

  async userOf(ref: string): Promise<string> {
    // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
    const { accountId } = await resolveKyxWorkflowAccount(ref);
    const res = await this.api.get<AuthenticationDetails>(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`, {
      headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
    });
    return res.data.workflow.userReference;
  }
}
