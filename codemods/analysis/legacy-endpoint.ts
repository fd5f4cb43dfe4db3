// Proves that a URL expression (optionally joined to a client base URL) is a legacy Jumio endpoint: every
// value it can take must be a known legacy host AND a known legacy path of the same route. Anything with an
// unknown part, a lookalike host or path, or mixed routes is not proven, and rules leave it alone.
import type { Node } from '#ts-morph';
import { classifyLegacyUrl, type KyxRegion, type LegacyRoute, type LegacyUrlInfo } from '../../api/index.js';
import type { EvalContext } from './eval-context.js';
import { schemedBases } from './node-http-calls.js';
import { candidateText, evaluateStrings, hasHole, joinBase, type Candidate } from './static-strings.js';

export interface LegacyEndpoint {
  route: LegacyRoute;
  /** Distinct regions over every branch, in first-seen order. */
  regions: KyxRegion[];
  branches: { candidate: Candidate; info: LegacyUrlInfo; region: KyxRegion }[];
}

/** Evaluate `urlExpr` (joined to each value of `baseExpr` when given) and prove it is one legacy route. */
export function resolveLegacyEndpoint(urlExpr: Node, ctx: EvalContext, baseExpr?: Node): LegacyEndpoint | undefined {
  let candidates = evaluateStrings(urlExpr, ctx);
  if (baseExpr) {
    const bases = schemedBases(baseExpr, evaluateStrings(baseExpr, ctx));
    candidates = candidates.flatMap((p) => bases.map((b) => joinBase(b, p)));
  }
  return proveCandidates(candidates);
}

export function proveCandidates(candidates: Candidate[]): LegacyEndpoint | undefined {
  if (!candidates.length) return undefined;
  const branches: LegacyEndpoint['branches'] = [];
  for (const c of candidates) {
    if (hasHole(c)) return undefined;
    const info = classifyLegacyUrl(candidateText(c));
    if (!info || info.host.kind !== 'api' || !info.host.region) return undefined;
    branches.push({ candidate: c, info, region: info.host.region });
  }
  const route = branches[0]!.info.route;
  if (branches.some((b) => b.info.route !== route)) return undefined;
  const regions = [...new Set(branches.map((b) => b.region))];
  return { route, regions, branches };
}
