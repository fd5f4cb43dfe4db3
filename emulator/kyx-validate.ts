// Validation of the KYX account create/update body (jumio-api-facts §4.3). Every error names its field by its
// dotted path in the request, e.g. `web.successUrl`.
import {
  DEFAULT_TOKEN_LIFETIME_SECONDS,
  KNOWN_WORKFLOW_KEYS,
  KYX_LIMITS,
  KYX_LOCALES,
  TOKEN_LIFETIME_MAX_SECONDS,
  TOKEN_LIFETIME_MIN_SECONDS,
  parseTokenLifetime,
} from './api-bridge.js';
import { isPlainObject } from './http-util.js';

export interface FieldError {
  field: string;
  message: string;
}

export interface AccountRequest {
  customerInternalReference: string;
  workflowKey: number;
  credentialRefs: { index: number; id?: string; category?: string }[];
  userReference?: string;
  reportingCriteria?: string;
  callbackUrl?: string;
  tokenLifetimeSeconds: number;
  successUrl?: string;
  errorUrl?: string;
  locale: string;
}

const CATEGORIES = new Set(['ID', 'FACEMAP', 'DOCUMENT', 'SELFIE']);
const CONSENT_VALUES = new Set(['yes', 'no', 'na']);

function str(body: Record<string, unknown>, key: string, field: string, max: number, errors: FieldError[], required = false): string | undefined {
  const v = body[key];
  if (v === undefined || v === null) {
    if (required) errors.push({ field, message: `${field} is required` });
    return undefined;
  }
  if (typeof v !== 'string') {
    errors.push({ field, message: `${field} must be a string` });
    return undefined;
  }
  if (required && v.length === 0) errors.push({ field, message: `${field} must not be empty` });
  if (v.length > max) errors.push({ field, message: `${field} is longer than ${max} characters` });
  return v;
}

function url(body: Record<string, unknown>, key: string, field: string, max: number, errors: FieldError[]): string | undefined {
  const v = str(body, key, field, max, errors);
  if (v === undefined) return undefined;
  if (!URL.canParse(v)) errors.push({ field, message: `${field} is not a valid URL` });
  return v;
}

export function validateAccountBody(body: unknown, opts: { requireUserConsent: boolean }): { ok: true; value: AccountRequest } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (!isPlainObject(body)) return { ok: false, errors: [{ field: 'body', message: 'body must be a JSON object' }] };

  const customerInternalReference = str(body, 'customerInternalReference', 'customerInternalReference', KYX_LIMITS.customerInternalReference, errors, true);

  let workflowKey = NaN;
  const credentialRefs: AccountRequest['credentialRefs'] = [];
  const wd = body.workflowDefinition;
  if (wd === undefined || wd === null) {
    errors.push({ field: 'workflowDefinition', message: 'workflowDefinition is required' });
  } else if (!isPlainObject(wd)) {
    errors.push({ field: 'workflowDefinition', message: 'workflowDefinition must be an object' });
  } else {
    // The guide types the key as "object" but every example sends an integer; accept a numeric string too.
    const k = typeof wd.key === 'string' && /^\d+$/.test(wd.key) ? Number(wd.key) : wd.key;
    if (k === undefined || k === null) errors.push({ field: 'workflowDefinition.key', message: 'workflowDefinition.key is required' });
    else if (typeof k !== 'number' || !Number.isInteger(k)) errors.push({ field: 'workflowDefinition.key', message: 'workflowDefinition.key must be an integer' });
    else if (!KNOWN_WORKFLOW_KEYS.includes(k)) errors.push({ field: 'workflowDefinition.key', message: `workflowDefinition.key ${k} is not a known workflow` });
    else workflowKey = k;
    if (wd.credentials !== undefined) {
      if (!Array.isArray(wd.credentials)) {
        errors.push({ field: 'workflowDefinition.credentials', message: 'workflowDefinition.credentials must be an array' });
      } else {
        wd.credentials.forEach((c: unknown, index: number) => {
          const f = `workflowDefinition.credentials[${index}]`;
          if (!isPlainObject(c)) {
            errors.push({ field: f, message: `${f} must be an object` });
            return;
          }
          if (c.id !== undefined && typeof c.id !== 'string') errors.push({ field: `${f}.id`, message: `${f}.id must be a string` });
          if (c.category !== undefined && !(typeof c.category === 'string' && CATEGORIES.has(c.category))) {
            errors.push({ field: `${f}.category`, message: `${f}.category must be one of ${[...CATEGORIES].join(', ')}` });
          }
          credentialRefs.push({ index, id: typeof c.id === 'string' ? c.id : undefined, category: typeof c.category === 'string' ? c.category : undefined });
        });
      }
    }
  }

  const userReference = str(body, 'userReference', 'userReference', KYX_LIMITS.userReference, errors);
  if (workflowKey === 32 && userReference === undefined) errors.push({ field: 'userReference', message: 'userReference is required for workflow 32' });
  const reportingCriteria = str(body, 'reportingCriteria', 'reportingCriteria', KYX_LIMITS.reportingCriteria, errors);
  const callbackUrl = url(body, 'callbackUrl', 'callbackUrl', KYX_LIMITS.callbackUrl, errors);

  let tokenLifetimeSeconds = DEFAULT_TOKEN_LIFETIME_SECONDS;
  if (body.tokenLifetime !== undefined) {
    const s = typeof body.tokenLifetime === 'string' ? parseTokenLifetime(body.tokenLifetime) : null;
    if (s === null) errors.push({ field: 'tokenLifetime', message: 'tokenLifetime must be a number followed by s, m, h or d (e.g. 30m)' });
    else if (s < TOKEN_LIFETIME_MIN_SECONDS || s > TOKEN_LIFETIME_MAX_SECONDS) errors.push({ field: 'tokenLifetime', message: 'tokenLifetime must be between 5m and 60d' });
    else tokenLifetimeSeconds = s;
  }

  let successUrl: string | undefined;
  let errorUrl: string | undefined;
  let locale = 'en';
  if (body.web !== undefined) {
    if (!isPlainObject(body.web)) errors.push({ field: 'web', message: 'web must be an object' });
    else {
      successUrl = url(body.web, 'successUrl', 'web.successUrl', KYX_LIMITS.successUrl, errors);
      errorUrl = url(body.web, 'errorUrl', 'web.errorUrl', KYX_LIMITS.errorUrl, errors);
      const l = str(body.web, 'locale', 'web.locale', KYX_LIMITS.locale, errors);
      if (l !== undefined) {
        if (!KYX_LOCALES.includes(l)) errors.push({ field: 'web.locale', message: `web.locale ${JSON.stringify(l)} is not a supported locale` });
        else locale = l;
      }
    }
  }

  validateConsent(body.userConsent, opts.requireUserConsent, errors);

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      customerInternalReference: customerInternalReference as string,
      workflowKey,
      credentialRefs,
      userReference,
      reportingCriteria,
      callbackUrl,
      tokenLifetimeSeconds,
      successUrl,
      errorUrl,
      locale,
    },
  };
}

function validateConsent(v: unknown, required: boolean, errors: FieldError[]): void {
  if (v === undefined || v === null) {
    if (required) errors.push({ field: 'userConsent', message: 'userConsent is required' });
    return;
  }
  if (!isPlainObject(v)) {
    errors.push({ field: 'userConsent', message: 'userConsent must be an object' });
    return;
  }
  if (typeof v.userIp !== 'string' || v.userIp.length === 0) errors.push({ field: 'userConsent.userIp', message: 'userConsent.userIp is required' });
  const loc = v.userLocation;
  let country: string | undefined;
  if (!isPlainObject(loc)) errors.push({ field: 'userConsent.userLocation', message: 'userConsent.userLocation is required' });
  else {
    if (typeof loc.country !== 'string' || !/^[A-Z]{3}$/.test(loc.country)) {
      errors.push({ field: 'userConsent.userLocation.country', message: 'userConsent.userLocation.country must be an ISO 3166-1 alpha-3 code' });
    } else country = loc.country;
    if (loc.state !== undefined && !(typeof loc.state === 'string' && loc.state.length <= 100)) {
      errors.push({ field: 'userConsent.userLocation.state', message: 'userConsent.userLocation.state must be a string of at most 100 characters' });
    }
  }
  const consent = v.consent;
  if (consent === undefined) {
    if (country === 'USA') errors.push({ field: 'userConsent.consent', message: 'userConsent.consent is required when the country is USA' });
    return;
  }
  if (!isPlainObject(consent)) {
    errors.push({ field: 'userConsent.consent', message: 'userConsent.consent must be an object' });
    return;
  }
  if (typeof consent.obtained !== 'string' || !CONSENT_VALUES.has(consent.obtained)) {
    errors.push({ field: 'userConsent.consent.obtained', message: 'userConsent.consent.obtained must be yes, no or na' });
  } else if (consent.obtained === 'yes' && !(typeof consent.obtainedAt === 'string' && !Number.isNaN(Date.parse(consent.obtainedAt)))) {
    errors.push({ field: 'userConsent.consent.obtainedAt', message: 'userConsent.consent.obtainedAt is required when consent was obtained' });
  }
}
