// Validation of legacy request bodies (what the legacy API enforced) and KYX request bodies (what KYX enforces).
// Each error names the field, so the shim and the emulator can answer 400 with it.
import { AUTHENTICATION_KEYS, KYX, LEGACY, WORKFLOW_KEYS } from './field-names.js';
import { KYX_LIMITS, LEGACY_AUTH_LIMITS, LEGACY_V4_LIMITS, TOKEN_LIFETIME_MINUTES, isKyxLocale, isLegacyAuthLocale } from './limits.js';
import { LEGACY_RESERVED_REDIRECT_PARAMS } from './event-mapping.js';
import { tokenLifetimeError } from './token-lifetime.js';

export interface FieldError {
  field: string;
  message: string;
}

type Body = Record<string, unknown>;

function checkString(body: Body, field: string, max: number, required: boolean, errors: FieldError[], path = field): void {
  const v = body[field];
  if (v === undefined || v === null) {
    if (required) errors.push({ field: path, message: `${path} is required` });
    return;
  }
  if (typeof v !== 'string') errors.push({ field: path, message: `${path} must be a string` });
  else if (required && v.length === 0) errors.push({ field: path, message: `${path} must not be empty` });
  else if (v.length > max) errors.push({ field: path, message: `${path} must be at most ${max} characters (got ${v.length})` });
}

/** URL rules of the legacy portal/initiate: HTTPS, valid, no IP address, no port, no fragment, no Jumio-appended parameters. */
export function legacyUrlRuleError(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a valid URL';
  }
  if (url.protocol !== 'https:') return 'must use HTTPS';
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(url.hostname) || url.hostname.startsWith('[')) return 'must not be an IP address';
  if (url.port) return 'must not contain a port';
  if (url.hash) return 'must not contain a fragment';
  for (const p of LEGACY_RESERVED_REDIRECT_PARAMS) if (url.searchParams.has(p)) return `must not contain the query parameter ${p}`;
  return undefined;
}

function checkUrl(body: Body, field: string, errors: FieldError[]): void {
  const v = body[field];
  if (typeof v !== 'string' || errors.some((e) => e.field === field)) return;
  const problem = legacyUrlRuleError(v);
  if (problem) errors.push({ field, message: `${field} ${problem}` });
}

function checkTokenLifetimeMinutes(body: Body, errors: FieldError[]): void {
  const v = body[LEGACY.tokenLifetimeInMinutes];
  if (v === undefined || v === null) return;
  const field = LEGACY.tokenLifetimeInMinutes;
  if (typeof v !== 'number' || !Number.isInteger(v)) errors.push({ field, message: `${field} must be an integer number of minutes` });
  else if (v < TOKEN_LIFETIME_MINUTES.min || v > TOKEN_LIFETIME_MINUTES.max)
    errors.push({ field, message: `${field} must be between ${TOKEN_LIFETIME_MINUTES.min} and ${TOKEN_LIFETIME_MINUTES.max}` });
}

function checkObject(body: unknown): body is Body {
  return typeof body === 'object' && body !== null && !Array.isArray(body);
}

/** Legacy Authentication initiate body, as the legacy API validated it. */
export function validateLegacyAuthInitiate(body: unknown): FieldError[] {
  if (!checkObject(body)) return [{ field: 'body', message: 'the body must be a JSON object' }];
  const errors: FieldError[] = [];
  const L = LEGACY_AUTH_LIMITS;
  checkString(body, LEGACY.enrollmentTransactionReference, L.enrollmentTransactionReference, true, errors);
  checkString(body, LEGACY.callbackUrl, L.callbackUrl, true, errors);
  checkString(body, LEGACY.successUrl, L.successUrl, false, errors);
  checkString(body, LEGACY.errorUrl, L.errorUrl, false, errors);
  checkString(body, LEGACY.userReference, L.userReference, false, errors);
  checkString(body, LEGACY.locale, L.locale, false, errors);
  for (const f of [LEGACY.callbackUrl, LEGACY.successUrl, LEGACY.errorUrl]) checkUrl(body, f, errors);
  const locale = body[LEGACY.locale];
  if (typeof locale === 'string' && !errors.some((e) => e.field === LEGACY.locale) && !isLegacyAuthLocale(locale))
    errors.push({ field: LEGACY.locale, message: `${LEGACY.locale} ${locale} is not a supported locale` });
  checkTokenLifetimeMinutes(body, errors);
  return errors;
}

/** What the legacy body needs on top to fit KYX: successUrl ≤ 255 (the lossy point §5.10 #6). */
export function kyxFitErrors(body: Body): FieldError[] {
  const errors: FieldError[] = [];
  for (const [legacyField, limit] of [
    [LEGACY.successUrl, KYX_LIMITS['web.successUrl']],
    [LEGACY.errorUrl, KYX_LIMITS['web.errorUrl']],
  ] as const) {
    const v = body[legacyField];
    if (typeof v === 'string' && v.length > limit)
      errors.push({ field: legacyField, message: `${legacyField} is ${v.length} characters; KYX accepts at most ${limit} (web.${legacyField})` });
  }
  return errors;
}

/** Legacy v4 initiate body (enrolment), as the legacy API validated it. */
export function validateLegacyV4Initiate(body: unknown): FieldError[] {
  if (!checkObject(body)) return [{ field: 'body', message: 'the body must be a JSON object' }];
  const errors: FieldError[] = [];
  const L = LEGACY_V4_LIMITS;
  checkString(body, LEGACY.customerInternalReference, L.customerInternalReference, true, errors);
  checkString(body, LEGACY.userReference, L.userReference, true, errors);
  checkString(body, LEGACY.reportingCriteria, L.reportingCriteria, false, errors);
  checkString(body, LEGACY.successUrl, L.successUrl, false, errors);
  checkString(body, LEGACY.errorUrl, L.errorUrl, false, errors);
  checkString(body, LEGACY.callbackUrl, L.callbackUrl, false, errors);
  checkString(body, LEGACY.locale, L.locale, false, errors);
  for (const f of [LEGACY.callbackUrl, LEGACY.successUrl, LEGACY.errorUrl]) checkUrl(body, f, errors);
  const workflowId = body[LEGACY.workflowId];
  if (workflowId !== undefined && ![100, 101, 102, 200, 201, 202].includes(workflowId as number))
    errors.push({ field: LEGACY.workflowId, message: `${LEGACY.workflowId} must be one of 100, 101, 102, 200, 201, 202` });
  const presets = body[LEGACY.presets];
  if (presets !== undefined) {
    if (!Array.isArray(presets)) errors.push({ field: LEGACY.presets, message: `${LEGACY.presets} must be an array` });
    else
      presets.forEach((p: unknown, i) => {
        const ok = checkObject(p) && p.index === 1 && typeof p.country === 'string' && /^[A-Z]{3}$/.test(p.country) &&
          ['PASSPORT', 'DRIVING_LICENSE', 'ID_CARD'].includes(p.type as string);
        if (!ok) errors.push({ field: `${LEGACY.presets}[${i}]`, message: `${LEGACY.presets}[${i}] needs index 1, an alpha-3 country and a type` });
      });
  }
  checkTokenLifetimeMinutes(body, errors);
  return errors;
}

export const KNOWN_WORKFLOW_KEYS: readonly number[] = [1, 2, 3, 5, 6, 9, 16, 20, 32, 10005, 10006, 10008, 10010, 10011, 10013, 10014];

/** KYX account create/update body, as the KYX API validates it (the emulator uses this).
 * Decision: userConsent is validated when present but not required (Jumio does not act on it "until further notice"). */
export function validateKyxAccountRequest(body: unknown): FieldError[] {
  if (!checkObject(body)) return [{ field: 'body', message: 'the body must be a JSON object' }];
  const errors: FieldError[] = [];
  checkString(body, KYX.customerInternalReference, KYX_LIMITS.customerInternalReference, true, errors);
  checkString(body, KYX.userReference, KYX_LIMITS.userReference, false, errors);
  checkString(body, KYX.reportingCriteria, KYX_LIMITS.reportingCriteria, false, errors);
  checkString(body, KYX.callbackUrl, KYX_LIMITS.callbackUrl, false, errors);
  const wd = body[KYX.workflowDefinition];
  const keyField = `${KYX.workflowDefinition}.${KYX.key}`;
  if (!checkObject(wd)) errors.push({ field: KYX.workflowDefinition, message: `${KYX.workflowDefinition} is required` });
  else if (typeof wd.key !== 'number' || !KNOWN_WORKFLOW_KEYS.includes(wd.key))
    errors.push({ field: keyField, message: `${keyField} must be a known workflow key` });
  else if (wd.credentials !== undefined) {
    if (!Array.isArray(wd.credentials)) errors.push({ field: `${KYX.workflowDefinition}.${KYX.credentials}`, message: 'credentials must be an array' });
    else
      wd.credentials.forEach((c: unknown, i) => {
        if (!checkObject(c) || !['ID', 'FACEMAP', 'DOCUMENT', 'SELFIE'].includes(c.category as string))
          errors.push({ field: `${KYX.workflowDefinition}.${KYX.credentials}[${i}].${KYX.category}`, message: 'category must be ID, FACEMAP, DOCUMENT or SELFIE' });
      });
  }
  if (body[KYX.tokenLifetime] !== undefined) {
    const problem = tokenLifetimeError(body[KYX.tokenLifetime]);
    if (problem) errors.push({ field: KYX.tokenLifetime, message: problem });
  }
  const web = body[KYX.web];
  if (web !== undefined) {
    if (!checkObject(web)) errors.push({ field: KYX.web, message: 'web must be an object' });
    else {
      checkString(web, KYX.successUrl, KYX_LIMITS['web.successUrl'], false, errors, `${KYX.web}.${KYX.successUrl}`);
      checkString(web, KYX.errorUrl, KYX_LIMITS['web.errorUrl'], false, errors, `${KYX.web}.${KYX.errorUrl}`);
      const locale = web[KYX.locale];
      if (locale !== undefined && (typeof locale !== 'string' || !isKyxLocale(locale)))
        errors.push({ field: `${KYX.web}.${KYX.locale}`, message: `web.locale ${String(locale)} is not a supported locale` });
    }
  }
  const consent = body[KYX.userConsent];
  if (consent !== undefined) {
    const ok = checkObject(consent) && typeof consent.userIp === 'string' && checkObject(consent.userLocation) &&
      typeof consent.userLocation.country === 'string' && /^[A-Z]{3}$/.test(consent.userLocation.country);
    if (!ok) errors.push({ field: KYX.userConsent, message: 'userConsent needs userIp and userLocation.country (ISO alpha-3)' });
  }
  return errors;
}

/** Is this key an authentication workflow (needs an existing account with a facemap)? */
export function isAuthenticationKey(key: number): boolean {
  return AUTHENTICATION_KEYS.includes(key);
}
export { WORKFLOW_KEYS };
