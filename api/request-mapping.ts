// Legacy initiate request → KYX account request: the field table and the conversion.
import { LEGACY, KYX, WORKFLOW_KEYS } from './field-names.js';
import type { LegacyAuthInitiateRequest, LegacyPreset, LegacyV4InitiateRequest } from './legacy-types.js';
import type { KyxAccountRequest, KyxRequestCredential } from './kyx-types.js';
import { minutesToTokenLifetime } from './token-lifetime.js';

export type FieldPath = readonly string[];

export interface RequestFieldMove {
  legacy: string;
  /** Where the value goes in the KYX body. */
  kyx: FieldPath;
  /** 'token-lifetime': minutes → unit string. */
  convert?: 'token-lifetime';
  note?: string;
}

/** Fields that move (or stay) from the legacy Authentication initiate body to the KYX body. */
export const AUTH_REQUEST_FIELD_MOVES: readonly RequestFieldMove[] = [
  { legacy: LEGACY.callbackUrl, kyx: [KYX.callbackUrl], note: 'optional in KYX (portal default applies)' },
  { legacy: LEGACY.successUrl, kyx: [KYX.web, KYX.successUrl], note: 'max length drops from 2047 to 255' },
  { legacy: LEGACY.errorUrl, kyx: [KYX.web, KYX.errorUrl] },
  { legacy: LEGACY.locale, kyx: [KYX.web, KYX.locale] },
  { legacy: LEGACY.userReference, kyx: [KYX.userReference] },
  { legacy: LEGACY.tokenLifetimeInMinutes, kyx: [KYX.tokenLifetime], convert: 'token-lifetime' },
];

/** Fields that move from the legacy v4 initiate body (enrolment). workflowId and presets are handled apart. */
export const V4_REQUEST_FIELD_MOVES: readonly RequestFieldMove[] = [
  ...AUTH_REQUEST_FIELD_MOVES,
  { legacy: LEGACY.customerInternalReference, kyx: [KYX.customerInternalReference] },
  { legacy: LEGACY.reportingCriteria, kyx: [KYX.reportingCriteria] },
];

/** The legacy field that stops being a body field: it becomes the account (path) + the ID credential. */
export const ENROLLMENT_REFERENCE_FIELD = LEGACY.enrollmentTransactionReference;

export function findAuthFieldMove(legacyName: string): RequestFieldMove | undefined {
  return AUTH_REQUEST_FIELD_MOVES.find((m) => m.legacy === legacyName);
}
export function findV4FieldMove(legacyName: string): RequestFieldMove | undefined {
  return V4_REQUEST_FIELD_MOVES.find((m) => m.legacy === legacyName);
}

/** How the authentication workflow is requested (DESIGN decision: key 9 with the enrollment's ID credential). */
export type AuthWorkflowStyle =
  | { key: 9; credentials: 'id-and-facemap' }
  | { key: 9 | 16 | 10014; credentials: 'none' }
  | { key: 16 | 10014; credentials: 'id-and-facemap' };

export const DEFAULT_AUTH_WORKFLOW: AuthWorkflowStyle = { key: WORKFLOW_KEYS.authentication, credentials: 'id-and-facemap' };

/** `workflowDefinition` for an authentication: `{ key: 9, credentials: [{ id, category: 'ID' }, { category: 'FACEMAP' }] }`. */
export function authWorkflowDefinition(
  credentialId: string | undefined,
  style: AuthWorkflowStyle = DEFAULT_AUTH_WORKFLOW,
): KyxAccountRequest['workflowDefinition'] {
  if (style.credentials === 'none' || credentialId === undefined) return { key: style.key };
  return { key: style.key, credentials: [{ id: credentialId, category: 'ID' }, { category: 'FACEMAP' }] };
}

/** DESIGN decision: customerInternalReference = the legacy userReference when present, else the enrollment
 * reference (a vendor id, not PII). */
export function customerInternalReferenceFor(legacy: { userReference?: string; enrollmentTransactionReference?: string }): string {
  if (legacy.userReference) return legacy.userReference;
  if (legacy.enrollmentTransactionReference) return legacy.enrollmentTransactionReference;
  throw new TypeError('customerInternalReference needs a userReference or an enrollmentTransactionReference');
}

function setPath(target: Record<string, unknown>, path: FieldPath, value: unknown): void {
  let cursor = target;
  for (const segment of path.slice(0, -1)) {
    cursor[segment] = (cursor[segment] as Record<string, unknown> | undefined) ?? {};
    cursor = cursor[segment] as Record<string, unknown>;
  }
  cursor[path[path.length - 1]] = value;
}

function applyMoves(source: Record<string, unknown>, moves: readonly RequestFieldMove[], target: Record<string, unknown>): void {
  for (const move of moves) {
    const value = source[move.legacy];
    if (value === undefined || value === null) continue;
    setPath(target, move.kyx, move.convert === 'token-lifetime' ? minutesToTokenLifetime(Number(value)) : value);
  }
}

export interface AuthMappingOptions {
  /** The ID credential of the enrolment (from the store / resolveKyxAccount). */
  credentialId?: string;
  workflow?: AuthWorkflowStyle;
  /** Override the customerInternalReference decision. */
  customerInternalReference?: string;
}

/** Legacy Authentication initiate body → KYX account update (PUT) body. Validate the legacy body first. */
export function toKyxAuthenticationRequest(legacy: LegacyAuthInitiateRequest, opts: AuthMappingOptions = {}): KyxAccountRequest {
  const body: Record<string, unknown> = {
    [KYX.customerInternalReference]: opts.customerInternalReference ?? customerInternalReferenceFor(legacy),
    [KYX.workflowDefinition]: authWorkflowDefinition(opts.credentialId, opts.workflow),
  };
  applyMoves(legacy as unknown as Record<string, unknown>, AUTH_REQUEST_FIELD_MOVES, body);
  return body as unknown as KyxAccountRequest;
}

/** v4 workflowId → KYX key: 100–102 → 2 (ID Verification), 200–202 → 3 (ID and Identity). Undefined otherwise. */
export function workflowKeyForV4(workflowId: number | undefined): number | undefined {
  if (workflowId === undefined) return undefined;
  if (workflowId >= 100 && workflowId <= 102) return WORKFLOW_KEYS.idVerification;
  if (workflowId >= 200 && workflowId <= 202) return WORKFLOW_KEYS.idAndIdentityVerification;
  return undefined;
}

/** v4 presets `[{index:1,country,type}]` → credentials `[{category:'ID', country:{values:[c]}, type:{values:[t]}}]`. */
export function presetsToCredentials(presets: readonly LegacyPreset[]): KyxRequestCredential[] {
  return presets.map((p) => ({ category: 'ID', country: { values: [p.country] }, type: { values: [p.type] } }));
}

export interface EnrollmentMappingOptions {
  /** Key when the legacy body has no workflowId: DESIGN uses 3 (the enrolment must leave a facemap for authentication). */
  defaultKey?: number;
}

/** Legacy v4 initiate body → KYX account create (POST) body. */
export function toKyxEnrollmentRequest(legacy: LegacyV4InitiateRequest, opts: EnrollmentMappingOptions = {}): KyxAccountRequest {
  const key = workflowKeyForV4(legacy.workflowId) ?? opts.defaultKey ?? WORKFLOW_KEYS.idAndIdentityVerification;
  const workflowDefinition: KyxAccountRequest['workflowDefinition'] = { key };
  if (legacy.presets && legacy.presets.length > 0) workflowDefinition.credentials = presetsToCredentials(legacy.presets);
  const body: Record<string, unknown> = {
    [KYX.customerInternalReference]: legacy.customerInternalReference,
    [KYX.workflowDefinition]: workflowDefinition,
  };
  applyMoves(legacy as unknown as Record<string, unknown>, V4_REQUEST_FIELD_MOVES, body);
  return body as unknown as KyxAccountRequest;
}
