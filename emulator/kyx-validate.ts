// Validation of the KYX account create/update body: api/'s validateKyxAccountRequest (the one source of the
// vendor's rules) plus what only the emulator checks (parseable URLs, userConsent when required, WF32's
// userReference), then the normalised request the emulator stores. Every error names its field.
import {
  KYX,
  KYX_TOKEN_LIFETIME_SECONDS,
  parseTokenLifetime,
  validateKyxAccountRequest,
  type FieldError,
  type KyxAccountRequest,
} from '../api/index.js';
import { isPlainObject } from './http-util.js';

export type { FieldError };

/** Workflow 32 makes userReference mandatory (jumio-api-facts §4.3). */
const USER_REFERENCE_REQUIRED_KEY = 32;
const DEFAULT_LOCALE = 'en';

export interface AccountRequest {
  customerInternalReference: string;
  workflowKey: number;
  credentialRefs: { index: number; id?: string; category: string }[];
  userReference?: string;
  reportingCriteria?: string;
  callbackUrl?: string;
  tokenLifetimeSeconds: number;
  successUrl?: string;
  errorUrl?: string;
  locale: string;
}

export function validateAccountBody(body: unknown, opts: { requireUserConsent: boolean }): { ok: true; value: AccountRequest } | { ok: false; errors: FieldError[] } {
  const errors = validateKyxAccountRequest(body);
  if (!isPlainObject(body)) return { ok: false, errors };
  const b = body as unknown as KyxAccountRequest;
  const urls: [string | undefined, string][] = [
    [b.callbackUrl, KYX.callbackUrl],
    [b.web?.successUrl, `${KYX.web}.${KYX.successUrl}`],
    [b.web?.errorUrl, `${KYX.web}.${KYX.errorUrl}`],
  ];
  for (const [v, field] of urls) {
    if (typeof v === 'string' && !errors.some((e) => e.field === field) && !URL.canParse(v)) errors.push({ field, message: `${field} is not a valid URL` });
  }
  if (opts.requireUserConsent && b.userConsent === undefined) errors.push({ field: KYX.userConsent, message: `${KYX.userConsent} is required` });
  if (b.workflowDefinition?.key === USER_REFERENCE_REQUIRED_KEY && b.userReference === undefined) {
    errors.push({ field: KYX.userReference, message: `${KYX.userReference} is required for workflow ${USER_REFERENCE_REQUIRED_KEY}` });
  }
  (b.workflowDefinition?.credentials ?? []).forEach((c, i) => {
    if (isPlainObject(c) && c.id !== undefined && typeof c.id !== 'string') {
      const field = `${KYX.workflowDefinition}.${KYX.credentials}[${i}].${KYX.id}`;
      errors.push({ field, message: `${field} must be a string` });
    }
  });
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      customerInternalReference: b.customerInternalReference,
      workflowKey: b.workflowDefinition.key,
      credentialRefs: (b.workflowDefinition.credentials ?? []).map((c, index) => ({ index, id: c.id, category: c.category })),
      userReference: b.userReference,
      reportingCriteria: b.reportingCriteria,
      callbackUrl: b.callbackUrl,
      tokenLifetimeSeconds: b.tokenLifetime !== undefined ? (parseTokenLifetime(b.tokenLifetime) as number) : KYX_TOKEN_LIFETIME_SECONDS.default,
      successUrl: b.web?.successUrl,
      errorUrl: b.web?.errorUrl,
      locale: b.web?.locale ?? DEFAULT_LOCALE,
    },
  };
}
