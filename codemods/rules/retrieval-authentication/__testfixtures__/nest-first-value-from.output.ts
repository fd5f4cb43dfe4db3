// NestJS HttpService: the Observable is awaited through firstValueFrom; `.toPromise()` is the older form;
// `.pipe(map((r) => r.data), timeout(…))` gives the details; another operator (switchMap) takes them out of sight.
import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom, map, switchMap, timeout, of } from 'rxjs';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

// TODO(netverify-migrate): retrieval-authentication: this type describes the legacy retrieval details; transactionResult is not in the KYX workflow details (now: workflow.status + capabilities.authentication[].decision.type)
interface AuthenticationDetails {
  workflow: { id: string; userReference?: string };
  transactionResult: string;
}

@Injectable()
export class FaceAuthResults {
  constructor(private readonly http: HttpService) {}

  async user(reference: string): Promise<string | undefined> {
    // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
    const { accountId } = await resolveKyxWorkflowAccount(reference);
    const { data } = await firstValueFrom(
      this.http.get<AuthenticationDetails>(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, {
        headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
      }),
    );
    return data.workflow.userReference;
  }

  async reference(ref: string): Promise<string> {
    // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
    const { accountId } = await resolveKyxWorkflowAccount(ref);
    const res = await this.http
      .get<AuthenticationDetails>(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`, {
        headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
      })
      .toPromise();
    return res!.data.workflow.id;
  }

  async details(ref: string) {
    // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
    const { accountId } = await resolveKyxWorkflowAccount(ref);
    const details = await firstValueFrom(
      this.http
        .get<AuthenticationDetails>(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`, {
          headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
        })
        .pipe(map((r) => r.data), timeout(5000)),
    );
    return details.workflow.userReference;
  }

  async chained(ref: string) {
    // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
    const { accountId } = await resolveKyxWorkflowAccount(ref);
    return firstValueFrom(
      // TODO(netverify-migrate): retrieval-authentication: the retrieval details leave here whole and now have the KYX shape: transactionReference → workflow.id, userReference → workflow.userReference; transactionResult, transactionDate, scanSource, enrollmentTransactionReference, images and livenessImages are gone (see MIGRATION.md, retrieval-authentication); check every reader downstream
      this.http
        .get<AuthenticationDetails>(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`, {
          headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
        })
        .pipe(switchMap((r) => of(r.data))),
    );
  }
}
