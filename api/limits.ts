// Field limits and locale lists of both APIs (jumio-api-facts §1.3, §1.4, §4.3; v4 facts §1.2, §1.5).

/** Legacy Authentication initiate field limits (max length, or numeric range). */
export const LEGACY_AUTH_LIMITS = {
  enrollmentTransactionReference: 36,
  callbackUrl: 255,
  successUrl: 2047,
  errorUrl: 255,
  userReference: 100,
  locale: 5,
} as const;

/** Legacy v4 initiate (enrolment) field limits. */
export const LEGACY_V4_LIMITS = {
  customerInternalReference: 100,
  userReference: 100,
  reportingCriteria: 100,
  successUrl: 2047,
  errorUrl: 255,
  callbackUrl: 255,
  locale: 5,
} as const;

export const TOKEN_LIFETIME_MINUTES = { min: 5, max: 86400, default: 30 } as const;

/** KYX account create/update field limits. */
export const KYX_LIMITS = {
  customerInternalReference: 100,
  userReference: 100,
  reportingCriteria: 255,
  callbackUrl: 255,
  'web.successUrl': 255,
  'web.errorUrl': 255,
  'web.locale': 5,
} as const;

/** Legacy Authentication web-client locales (L-AUTH §1.4). */
export const LEGACY_AUTH_LOCALES = [
  'bg', 'cs', 'da', 'de', 'el', 'en', 'en-GB', 'es', 'es-MX', 'et', 'fi', 'fr', 'hu', 'hy', 'it', 'ja', 'ka', 'ko',
  'lt', 'nl', 'no', 'pl', 'pt', 'pt-BR', 'ro', 'ru', 'sk', 'sv', 'tr', 'vi', 'zh-CN', 'zh-HK',
] as const;

/** KYX `web.locale` values: every legacy value plus ar, he, hr, id, km, ms, th. */
export const KYX_LOCALES = [...LEGACY_AUTH_LOCALES, 'ar', 'he', 'hr', 'id', 'km', 'ms', 'th'] as const;

/** Legacy v4 locales (21f03de): the KYX list (sw is not accepted by KYX). */
export const LEGACY_V4_LOCALES = KYX_LOCALES;

export function isKyxLocale(v: string): boolean {
  return (KYX_LOCALES as readonly string[]).includes(v);
}
export function isLegacyAuthLocale(v: string): boolean {
  return (LEGACY_AUTH_LOCALES as readonly string[]).includes(v);
}
