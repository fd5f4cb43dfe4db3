// A message handler's origin checked with a regular expression naming a legacy web-client host
// (`/^https:\/\/[a-z0-9-]+\.netverify\.com$/.test(e.origin)`, or held in a variable first) that no rule proved: the
// catch-all reports it like a string compared with the origin (hold-out round 47: a listener form no rule read
// passed silently, its regex check being no string). The same regex tested against the web client URL the initiate
// answers with (`OUR_WEB_CLIENT.test(started.web.href)`, `.redirectUrl` where the call was not migrated) is a guard
// that refuses every KYX answer once the call is migrated (hold-out round 52: it passed silently).
import { ts } from '#ts-morph';
import { findLegacyUrls, type LegacyUrlHit } from './find-legacy-urls.js';

const ORIGIN_TEST = /\.test\(\s*[\w$.]*\borigin\s*\)/;
const WEB_URL_TEST = /\.test\(\s*[\w$.!?]*\b(?:redirectUrl|href)\s*\)/;

/** The legacy host a regex literal names, shown as the regex, when the regex is tested against a message origin
 * ('origin-check') or against the web client URL ('url-check'). */
export function regexOriginHit(node: ts.Node): { hit: LegacyUrlHit; site: 'origin-check' | 'url-check' } | undefined {
  if (!ts.isRegularExpressionLiteral(node)) return undefined;
  const text = node.text;
  const source = text.slice(1, text.lastIndexOf('/'));
  if (!/netverify\\?\.com/i.test(source)) return undefined;
  // A readable stand-in of what the pattern matches: `https://tenant.netverify.com`.
  const plain = source.replace(/^\^|\$$/g, '').replace(/\[[^\]]*\][+*?]?|\((?:[^()\\]|\\.)*\)[+*?]?|\\w[+*]/g, 'tenant').replace(/\\(.)/g, '$1');
  const hit = findLegacyUrls(plain)[0];
  if (!hit) return undefined;
  // Tested where it is written, or through the variable it initialises.
  const p = node.parent;
  const tested = (check: RegExp) => ts.isPropertyAccessExpression(p) && p.name.text === 'test' && check.test(p.parent.getText())
    || (ts.isVariableDeclaration(p) && ts.isIdentifier(p.name) && new RegExp(`\\b${p.name.text}${check.source}`).test(node.getSourceFile().text));
  const site = tested(ORIGIN_TEST) ? 'origin-check' : tested(WEB_URL_TEST) ? 'url-check' : undefined;
  return site ? { hit: { ...hit, display: text }, site } : undefined;
}
