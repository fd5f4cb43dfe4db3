// Environment settings of the Harbourline insurance portal (Vue 3 + Vite).
// The deploy pipeline swaps this one module per environment; code reads it as a namespace:
//   import * as env from './env';
// so that every setting a file depends on is spelled `env.SOMETHING` at the place it is used.

export const API_BASE: string = import.meta.env.VITE_API_BASE ?? '/api';
export const RELEASE: string = import.meta.env.VITE_RELEASE ?? 'local';
export const POSTHOG_KEY: string | undefined = import.meta.env.VITE_POSTHOG_KEY;

/** Origins the video-identification frame posts from: Identa's VideoIdent sessions in the US and EU. */
export const VIDEO_IDENT_ORIGINS: readonly string[] = [
  'https://session.identa-video.com',
  'https://eu.session.identa-video.com',
];

/** After this long without a result the step offers to book a call instead (agents answer within 15 minutes). */
export const VIDEO_IDENT_TIMEOUT_MS = 20 * 60 * 1000;

export const SUPPORT_EMAIL = 'claims@harbourline.example';
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
