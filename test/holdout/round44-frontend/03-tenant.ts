// Tenant settings of the Kestrel Bank web app: brand, support lines and the white-label hosts of our vendors.
// Feature modules re-export what they need under their own names (see identity/index.ts), so this file is the only
// place a host changes when a vendor moves us.

export const TENANT_ID = 'kestrel';
export const BRAND_NAME = 'Kestrel Bank';
export const SUPPORT_PHONE = '+44 20 7946 0000';
export const HELP_CENTRE_URL = 'https://help.kestrelbank.example';

/** Our white-label Netverify web client (US data centre); the identity frame posts from this origin. */
export const WEB_CLIENT_ORIGIN = 'https://kestrelbank.netverify.com';

/** Card statements and PDFs are served from here (used by the documents feature). */
export const DOCUMENTS_ORIGIN = 'https://docs.kestrelbank.example';

/** Opening hours of the phone line, shown next to SUPPORT_PHONE. */
export const SUPPORT_HOURS = { weekdays: '08:00–20:00', saturday: '09:00–17:00', sunday: null } as const;

export const LOCALES = ['en-GB', 'de-DE', 'fr-FR'] as const;
export type TenantLocale = (typeof LOCALES)[number];

export function localeFor(language: string | undefined): TenantLocale {
  const match = LOCALES.find((locale) => locale.startsWith(`${language ?? 'en'}-`));
  return match ?? 'en-GB';
}

export function supportLine(locale: TenantLocale): string {
  const hours = SUPPORT_HOURS.weekdays;
  return locale === 'en-GB' ? `${SUPPORT_PHONE} (Mon–Fri ${hours})` : SUPPORT_PHONE;
}
