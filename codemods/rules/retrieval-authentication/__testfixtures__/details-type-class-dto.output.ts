// The details are cast to a DTO class of the app (its validation decorators and a method): the class stays as written,
// and the cast and the declared return type name a KYX-shaped copy declared after it.
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

declare function IsUUID(): PropertyDecorator;
declare function IsIn(values: string[]): PropertyDecorator;
declare function IsOptional(): PropertyDecorator;

// TODO(netverify-migrate): retrieval-authentication: AuthenticationOutcomeDto is a class in the legacy retrieval details shape, kept as written (its decorators and methods are this app's own schema): the migrated retrieval's answer is typed KyxAuthenticationOutcomeDto, declared below it; in KyxAuthenticationOutcomeDto, transactionResult is not in the KYX workflow details (now: workflow.status + capabilities.authentication[].decision.type). Where an instance of AuthenticationOutcomeDto is served or expected (a GraphQL type, a serialised DTO), map workflow.id → transactionReference and workflow.userReference → userReference into it, or move the class to the KYX fields and delete KyxAuthenticationOutcomeDto
export class AuthenticationOutcomeDto {
  @IsUUID()
  transactionReference!: string;

  @IsIn(['PASSED', 'FAILED', 'INVALID', 'EXPIRED'])
  transactionResult!: string;

  @IsOptional()
  userReference?: string;

  get passed(): boolean {
    return this.transactionResult === 'PASSED';
  }
}

interface KyxAuthenticationOutcomeDto {
  workflow: { id: string; userReference?: string };
  transactionResult: string;
}

export async function fetchOutcome(reference: string): Promise<KyxAuthenticationOutcomeDto> {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const res = await fetch(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, {
    headers: { Accept: 'application/json', Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  });
  if (!res.ok) throw new Error(`authentication ${reference}: HTTP ${res.status}`);
  const outcome = (await res.json()) as KyxAuthenticationOutcomeDto;
  console.info('face login outcome', outcome.workflow.id, outcome.workflow.userReference);
  // TODO(netverify-migrate): retrieval-authentication: the retrieval details leave here whole and now have the KYX shape: transactionReference → workflow.id, userReference → workflow.userReference; transactionResult, transactionDate, scanSource, enrollmentTransactionReference, images and livenessImages are gone (see MIGRATION.md, retrieval-authentication); check every reader downstream
  return outcome;
}
