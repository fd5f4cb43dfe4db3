// Legacy Authentication retrieval (GET /api/netverify/v2/authentications/{ref}) → KYX workflow details
// (GET retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/{id}): the field table the
// retrieval codemod uses for response reads, the transactionResult table (jumio-api-facts §5.8) and the conversion.
import { LEGACY, KYX } from './field-names.js';
import { kyxOrigin } from './hosts.js';
import { kyxWorkflowExecutionPath } from './paths.js';
import type { KyxRegion } from './regions.js';
import type { FieldPath } from './request-mapping.js';
import type { KyxWorkflowDetails } from './kyx-types.js';
import type { LegacyAuthRetrieval, LegacyTransactionResult } from './legacy-types.js';
import { authenticationDecision, legacyTransactionResult, type MappingCertainty } from './callback-mapping.js';

export interface RetrievalFieldMapping {
  legacy: string;
  /** The same value in the KYX workflow details, when it is a plain path (exact moves only). */
  kyx: FieldPath | undefined;
  certainty: MappingCertainty;
  /** Where the information is now, for a human (manual items). */
  where: string;
}

const SELFIE_FACE = `${KYX.credentials}[${KYX.category}=SELFIE].parts[classifier=FACE].href`;

/** Every field of the legacy retrieval details response (jumio-api-facts §3.2) and where it went. */
export const AUTH_RETRIEVAL_FIELDS: readonly RetrievalFieldMapping[] = [
  { legacy: LEGACY.transactionReference, kyx: [KYX.workflow, KYX.id], certainty: 'exact', where: `${KYX.workflow}.${KYX.id}` },
  { legacy: LEGACY.userReference, kyx: [KYX.workflow, KYX.userReference], certainty: 'exact', where: `${KYX.workflow}.${KYX.userReference}` },
  {
    legacy: LEGACY.transactionResult,
    kyx: undefined,
    certainty: 'derived',
    where: `${KYX.workflow}.${KYX.status} + ${KYX.capabilities}.${KYX.authentication}[].${KYX.decision}.${KYX.type}`,
  },
  { legacy: LEGACY.transactionDate, kyx: undefined, certainty: 'derived', where: 'createdAt (or startedAt; the guides do not say which)' },
  { legacy: LEGACY.enrollmentTransactionReference, kyx: undefined, certainty: 'lost', where: `not returned; closest is ${KYX.account}.${KYX.id} (keep your own mapping)` },
  { legacy: LEGACY.scanSource, kyx: undefined, certainty: 'lost', where: 'not stated anywhere in the KYX API' },
  { legacy: LEGACY.images, kyx: undefined, certainty: 'derived', where: `${SELFIE_FACE} (a Bearer-authenticated GET of the credential part)` },
  {
    legacy: LEGACY.livenessImages,
    kyx: undefined,
    certainty: 'derived',
    where: `${KYX.credentials}[${KYX.category}=FACEMAP].parts[classifier=LIVENESS_n].href (newer docs only)`,
  },
];

export const LEGACY_AUTH_RETRIEVAL_FIELD_NAMES: readonly string[] = AUTH_RETRIEVAL_FIELDS.map((f) => f.legacy);

export function findRetrievalField(legacyName: string): RetrievalFieldMapping | undefined {
  return AUTH_RETRIEVAL_FIELDS.find((f) => f.legacy === legacyName);
}

export interface TransactionResultRow {
  legacy: LegacyTransactionResult;
  kyx: string;
  certainty: 'inference' | 'ambiguous' | 'good';
}

/** jumio-api-facts §5.8. */
export const TRANSACTION_RESULT_TABLE: readonly TransactionResultRow[] = [
  { legacy: 'CREATED', kyx: 'workflow.status INITIATED', certainty: 'inference' },
  { legacy: 'STARTED', kyx: 'workflow.status INITIATED, or ACQUIRED once the capture is submitted', certainty: 'ambiguous' },
  { legacy: 'PASSED', kyx: 'workflow.status PROCESSED and capabilities.authentication[].decision.type PASSED', certainty: 'inference' },
  { legacy: 'FAILED', kyx: 'workflow.status PROCESSED and capabilities.authentication[].decision.type REJECTED', certainty: 'inference' },
  { legacy: 'INVALID', kyx: 'not stated: authentication decision NOT_EXECUTED or usability REJECTED', certainty: 'ambiguous' },
  { legacy: 'EXPIRED', kyx: 'workflow.status SESSION_EXPIRED or TOKEN_EXPIRED', certainty: 'good' },
];

/** The table in one line, for a manual item. */
export function transactionResultTableText(): string {
  return TRANSACTION_RESULT_TABLE.map((r) => `${r.legacy} → ${r.kyx}`).join('; ');
}

/** https://retrieval.<region>.jumio.ai/api/v1/accounts/<accountId>/workflow-executions/<id> */
export function kyxWorkflowDetailsUrl(region: KyxRegion, accountId: string, workflowExecutionId: string): string {
  return `${kyxOrigin('retrieval', region)}${kyxWorkflowExecutionPath(accountId, workflowExecutionId)}`;
}

/** KYX workflow details seen through legacy eyes. enrollmentTransactionReference and scanSource are not in KYX
 * data: the caller supplies them from its own store (or leaves scanSource WEB for web authentications). */
export function toLegacyAuthRetrieval(
  details: KyxWorkflowDetails,
  ctx: { enrollmentTransactionReference: string; scanSource?: 'SDK' | 'WEB' },
): LegacyAuthRetrieval {
  const out: LegacyAuthRetrieval = {
    transactionReference: details.workflow.id,
    enrollmentTransactionReference: ctx.enrollmentTransactionReference,
    transactionResult: legacyTransactionResult(details.workflow.status, authenticationDecision(details)),
    transactionDate: details.createdAt,
    scanSource: ctx.scanSource ?? 'WEB',
  };
  if (details.workflow.userReference !== undefined) out.userReference = details.workflow.userReference;
  const face = details.credentials
    .find((c) => c.category === 'SELFIE')
    ?.parts?.find((p) => p.classifier === 'FACE')?.href;
  if (face) out.images = [{ classifier: 'face', href: face }];
  return out;
}
