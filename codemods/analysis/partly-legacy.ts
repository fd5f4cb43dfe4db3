// A URL that is a legacy Jumio endpoint on some branches and unknown on the others: an environment variable or a
// config value with a legacy default (`process.env.JUMIO_URL ?? 'https://netverify.com/…'`, Nest
// `config.get('JUMIO_BASE_URL', 'https://netverify.com')`, a base imported from such a module). The proof rules
// leave it alone (the setting may point anywhere, and rewriting the URL would ignore it), so without this the call
// would stay legacy with nothing at the call site: the rules flag it with where it must go instead.
import type { Node } from '#ts-morph';
import { classifyLegacyUrl, type KyxRegion, type LegacyRoute } from '../../api/index.js';
import type { EvalContext } from './eval-context.js';
import { schemedBases } from './node-http-calls.js';
import { candidateText, evaluateStrings, HOLE, joinWithReference } from './static-strings.js';

export interface PartlyLegacy {
  route: LegacyRoute;
  /** host + path of the first legacy value, holes shown as {…} (safe to print). */
  display: string;
  regions: KyxRegion[];
}

/** The legacy route some (not all) values of the URL take, when the others are unknown; undefined otherwise. */
export function partlyLegacyEndpoint(urlExpr: Node, ctx: EvalContext, baseExpr?: Node): PartlyLegacy | undefined {
  let candidates = evaluateStrings(urlExpr, ctx);
  if (baseExpr) {
    const bases = schemedBases(baseExpr, evaluateStrings(baseExpr, ctx));
    // The reference of a retrieval path (`…/authentications/${ref}`) is a hole: joined as the client joins it.
    candidates = candidates.flatMap((p) => bases.map((b) => joinWithReference(b, p)));
  }
  let found: PartlyLegacy | undefined;
  let unknown = false;
  for (const c of candidates) {
    const text = candidateText(c);
    const info = classifyLegacyUrl(text);
    if (!info || info.host.kind !== 'api' || !info.host.region) {
      // Only a value whose host is unknown (it starts with a hole) can be the legacy endpoint too; a value on
      // another known host means the URL is not (only) Jumio's.
      if (!text.startsWith(HOLE)) return undefined;
      unknown = true;
      continue;
    }
    if (found && found.route !== info.route) return undefined;
    found ??= { route: info.route, display: display(text), regions: [] };
    if (!found.regions.includes(info.host.region)) found.regions.push(info.host.region);
  }
  return found && unknown ? found : undefined;
}

function display(text: string): string {
  return text.replace(/^[a-z]+:\/\//i, '').split(HOLE).join('{…}').replace(/[?#].*$/, '').slice(0, 120);
}

/** The manual item for a partly legacy call: `target` says what the call becomes on KYX. */
export function partlyLegacyMessage(p: PartlyLegacy, what: string, target: string): string {
  return `legacy Jumio ${what} not migrated automatically: its URL is ${p.display} by default but can come from a setting ` +
    `(an environment variable or config value) the codemod cannot read: migrate this call by hand to ${target} with an ` +
    'OAuth2 bearer token, and point the setting at the KYX host (see MIGRATION.md)';
}
