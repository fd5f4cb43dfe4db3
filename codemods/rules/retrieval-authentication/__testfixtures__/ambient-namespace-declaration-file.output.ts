/// <reference path="./legacy-api-globals.d.ts" />
// The details typed by an ambient namespace of a referenced .d.ts: the call reads a KYX-shaped copy declared above
// it, with an item naming the declaration file's type.
import axios from 'axios';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

interface KyxFaceLoginDetails {
  workflow: { id: string };
  transactionResult: string;
}

export async function faceLoginPassed(reference: string): Promise<boolean> {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  // TODO(netverify-migrate): retrieval-authentication: this migrated retrieval reads KyxFaceLoginDetails, a KYX-shaped copy of FaceLoginDetails of legacy-api-globals.d.ts, a declaration file the codemod does not edit (it keeps the legacy shape); in KyxFaceLoginDetails, transactionResult is not in the KYX workflow details (now: workflow.status + capabilities.authentication[].decision.type): move FaceLoginDetails to the KYX shape once nothing reads the legacy fields, and delete KyxFaceLoginDetails
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const { data } = await axios.get<KyxFaceLoginDetails>(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
  });
  // TODO(netverify-migrate): retrieval-authentication: transactionResult is not in the KYX workflow details: derive it from workflow.status + capabilities.authentication[].decision.type (CREATED → workflow.status INITIATED; STARTED → workflow.status INITIATED, or ACQUIRED once the capture is submitted; PASSED → workflow.status PROCESSED and capabilities.authentication[].decision.type PASSED; FAILED → workflow.status PROCESSED and capabilities.authentication[].decision.type REJECTED; INVALID → not stated: authentication decision NOT_EXECUTED or usability REJECTED; EXPIRED → workflow.status SESSION_EXPIRED or TOKEN_EXPIRED)
  return data.workflow.id === reference && data.transactionResult === 'PASSED';
}
