// tokenLifetimeInMinutes (legacy number, 5–86400) ↔ tokenLifetime (KYX string `<n><s|m|h|d>`, 5m–60d).
import { TOKEN_LIFETIME_MINUTES } from './limits.js';

const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86400 } as const;
export type TokenLifetimeUnit = keyof typeof UNIT_SECONDS;

export const KYX_TOKEN_LIFETIME_SECONDS = { min: 5 * 60, max: 60 * 86400, default: 30 * 60 } as const;
const FORMAT = /^([1-9][0-9]*)([smhd])$/;

/** DESIGN decision: the largest unit that divides the minutes exactly — 30 → "30m", 60 → "1h", 1440 → "1d", 90 → "90m".
 * Throws RangeError outside the legacy range 5–86400 or for a non-integer. */
export function minutesToTokenLifetime(minutes: number): string {
  if (!Number.isInteger(minutes)) throw new RangeError(`tokenLifetimeInMinutes must be an integer, got ${minutes}`);
  if (minutes < TOKEN_LIFETIME_MINUTES.min || minutes > TOKEN_LIFETIME_MINUTES.max) {
    throw new RangeError(
      `tokenLifetimeInMinutes must be between ${TOKEN_LIFETIME_MINUTES.min} and ${TOKEN_LIFETIME_MINUTES.max}, got ${minutes}`,
    );
  }
  if (minutes % 1440 === 0) return `${minutes / 1440}d`;
  if (minutes % 60 === 0) return `${minutes / 60}h`;
  return `${minutes}m`;
}

/** Source text of the conversion for a non-literal expression: `${expr}m` (a template literal). */
export function tokenLifetimeTemplate(expressionText: string): string {
  return `\`\${${expressionText}}m\``;
}

/** Parse a KYX tokenLifetime into seconds; undefined when the format is wrong. */
export function parseTokenLifetime(value: string): number | undefined {
  const m = FORMAT.exec(value);
  if (!m) return undefined;
  return Number(m[1]) * UNIT_SECONDS[m[2] as TokenLifetimeUnit];
}

/** Validate a KYX tokenLifetime: format and bounds (5m–60d). Returns an error message or undefined. */
export function tokenLifetimeError(value: unknown): string | undefined {
  if (typeof value !== 'string') return 'tokenLifetime must be a string like "30m", "1h", "1d" or "600s"';
  const seconds = parseTokenLifetime(value);
  if (seconds === undefined) return 'tokenLifetime must be a number followed by s, m, h or d';
  if (seconds < KYX_TOKEN_LIFETIME_SECONDS.min) return 'tokenLifetime must be at least 5m';
  if (seconds > KYX_TOKEN_LIFETIME_SECONDS.max) return 'tokenLifetime must be at most 60d';
  return undefined;
}
