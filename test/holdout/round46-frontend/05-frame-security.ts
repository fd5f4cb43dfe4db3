// Frame security for the identity check (Netverify web client).
//
// ONE list of trusted frame origins, so that the three places that need it cannot drift apart:
//   - identity-frame.component.ts accepts postMessage events only from these origins;
//   - isTrustedFrameUrl() runs before the session URL from our API is passed through the DomSanitizer;
//   - server.ts builds the CSP frame-src of every SSR response from it.
// US customers are served from tidewater.netverify.com, EU customers from tidewater.lon.netverify.com.
export const IDENTITY_FRAME_ORIGINS: readonly string[] = Object.freeze([
  'https://tidewater.netverify.com',
  'https://tidewater.lon.netverify.com',
]);

/** True when `url` is an https URL on one of the trusted identity-frame origins. */
export function isTrustedFrameUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'https:' && IDENTITY_FRAME_ORIGINS.includes(parsed.origin);
}

/** Thrown instead of framing a URL the allow-list does not know (reported to Sentry by the global ErrorHandler). */
export class UntrustedFrameUrlError extends Error {
  constructor(readonly url: string) {
    super(`Refusing to frame ${safeOrigin(url)}: not a trusted identity-frame origin`);
    this.name = 'UntrustedFrameUrlError';
  }
}

// Never put the full URL in an error message: its query carries the session's authorization token.
function safeOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '(invalid URL)';
  }
}
