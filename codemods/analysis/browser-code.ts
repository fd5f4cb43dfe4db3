// Signs that a file runs in a browser (public env prefixes, window.btoa, DOM access, React hooks, 'use client').
// Rules never move API credentials into such code: a legacy Jumio call there is flagged, not migrated.
const BROWSER_HINTS = /\bwindow\.btoa\b|\bREACT_APP_|\bNEXT_PUBLIC_|\bVITE_|\bEXPO_PUBLIC_|\bimport\.meta\.env\b|\bdocument\.(getElementById|querySelector)|\blocalStorage\.|\buse(Layout)?Effect\s*\(|\buseState\s*\(|^\s*['"]use client['"]/m;

export function looksLikeBrowserCode(sourceText: string): boolean {
  return BROWSER_HINTS.test(sourceText);
}
