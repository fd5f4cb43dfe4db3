// NestJS HttpService's axiosRef destructured off the service: the same axios instance.
import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

@Injectable()
export class FaceAuthResults {
  constructor(private readonly http: HttpService) {}

  async referenceOf(ref: string): Promise<string> {
    const { axiosRef } = this.http;
    // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
    const { accountId } = await resolveKyxWorkflowAccount(ref);
    const { data } = await axiosRef.get(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`, {
      headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
    });
    return data.workflow.id;
  }
}
