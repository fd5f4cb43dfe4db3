// Environment settings of the Harbourline customer portal (Vue 3 + Vite).
// The deploy pipeline swaps this one module per environment; code reads it as a namespace:
//   import * as env from './env';
// so that every setting a file depends on is spelled `env.SOMETHING` at the place it is used.

export const API_BASE: string = import.meta.env.VITE_API_BASE ?? '/api';
export const RELEASE: string = import.meta.env.VITE_RELEASE ?? 'local';
export const POSTHOG_KEY: string | undefined = import.meta.env.VITE_POSTHOG_KEY;

/** Origins the identity-check frame posts from: our white-label web client in the US and EU data centres. */
export const IDENTITY_FRAME_ORIGINS: readonly string[] = [
  'https://harbourline.netverify.com',
  'https://harbourline.lon.netverify.com',
];

/** After this long without a result the step offers to start again (the web client's token lasts 30 minutes). */
export const IDENTITY_STEP_TIMEOUT_MS = 20 * 60 * 1000;

export const SUPPORT_EMAIL = 'support@harbourline.example';
export const SUPPORT_HOURS = 'Mon–Fri 08:00–18:00 CET';

/** Feature switches read by the router and the dashboard; flipped per environment by the pipeline. */
export const FEATURES = {
  documentUpload: import.meta.env.VITE_FEATURE_DOCUMENT_UPLOAD !== 'false',
  darkMode: import.meta.env.VITE_FEATURE_DARK_MODE === 'true',
  newClaimsFlow: import.meta.env.VITE_FEATURE_NEW_CLAIMS === 'true',
} as const;

export const DEFAULT_LOCALE = 'en-GB';
export const SUPPORTED_LOCALES = ['en-GB', 'nl-NL', 'de-DE'] as const;

export const isProduction = RELEASE !== 'local' && !RELEASE.startsWith('preview-');
