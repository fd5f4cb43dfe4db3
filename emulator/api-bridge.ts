// The facts the emulator validates against. TEMPORARY until api/ lands: then this file only re-exports api/.
export const KYX_LOCALES = [
  'ar', 'bg', 'cs', 'da', 'de', 'el', 'en', 'en-GB', 'es', 'es-MX', 'et', 'fi', 'fr', 'he', 'hr', 'hu', 'hy', 'id',
  'it', 'ja', 'ka', 'km', 'ko', 'lt', 'ms', 'nl', 'no', 'pl', 'pt', 'pt-BR', 'ro', 'ru', 'sk', 'sv', 'th', 'tr', 'vi',
  'zh-CN', 'zh-HK',
];
export const KNOWN_WORKFLOW_KEYS = [1, 2, 3, 5, 6, 9, 16, 20, 32, 10005, 10006, 10008, 10010, 10011, 10013, 10014];
export const KYX_LIMITS = {
  customerInternalReference: 100,
  userReference: 100,
  reportingCriteria: 255,
  callbackUrl: 255,
  successUrl: 255,
  errorUrl: 255,
  locale: 5,
};
export const TOKEN_LIFETIME_MIN_SECONDS = 5 * 60;
export const TOKEN_LIFETIME_MAX_SECONDS = 60 * 86400;
export const DEFAULT_TOKEN_LIFETIME_SECONDS = 30 * 60;

export function parseTokenLifetime(v: string): number | null {
  const m = /^(\d+)([smhd])$/.exec(v);
  if (!m) return null;
  const mult = { s: 1, m: 60, h: 3600, d: 86400 }[m[2] as 's' | 'm' | 'h' | 'd'];
  return Number(m[1]) * mult;
}
