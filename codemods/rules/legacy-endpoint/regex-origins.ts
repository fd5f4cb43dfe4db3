// A message handler's origin checked with a regular expression naming a legacy web-client host
// (`/^https:\/\/[a-z0-9-]+\.netverify\.com$/.test(e.origin)`, or held in a variable first) that no rule proved: the
// catch-all reports it like a string compared with the origin (hold-out round 47: a listener form no rule read
// passed silently, its regex check being no string).
import { ts } from '#ts-morph';
import { findLegacyUrls, type LegacyUrlHit } from './find-legacy-urls.js';

const ORIGIN_TEST = /\.test\(\s*[\w$.]*\borigin\s*\)/;

/** The legacy host a regex literal names, shown as the regex, when the regex is tested against a message origin. */
export function regexOriginHit(node: ts.Node): LegacyUrlHit | undefined {
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
  const tested = ts.isPropertyAccessExpression(p) && p.name.text === 'test' && ORIGIN_TEST.test(p.parent.getText())
    || (ts.isVariableDeclaration(p) && ts.isIdentifier(p.name) && new RegExp(`\\b${p.name.text}${ORIGIN_TEST.source}`).test(node.getSourceFile().text));
  return tested ? { ...hit, display: text } : undefined;
}
