// Which rules a run uses: the registry (codemods/rules/index.ts), plus modules named in the environment variable
// NETVERIFY_MIGRATE_EXTRA_RULES (absolute paths or file URLs, separated by the platform's path delimiter) for
// in-house rules and for tests. Worker threads load the same set by the same means.
import { delimiter } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Rule } from './types.js';
import { UsageError } from './discover.js';

export const EXTRA_RULES_ENV = 'NETVERIFY_MIGRATE_EXTRA_RULES';
/** The catch-all that must run after every other rule on a file. */
export const CATCH_ALL_RULE = 'legacy-endpoint';

function isRule(x: unknown): x is Rule {
  const r = x as Rule;
  return !!r && typeof r === 'object' && typeof r.id === 'string' && typeof r.run === 'function' && Array.isArray(r.prefilter);
}

export async function loadAllRules(): Promise<Rule[]> {
  const { rules } = await import('../rules/index.js');
  const all = [...rules];
  const extra = process.env[EXTRA_RULES_ENV];
  for (const spec of extra ? extra.split(delimiter).filter(Boolean) : []) {
    const mod = (await import(spec.startsWith('file:') ? spec : pathToFileURL(spec).href)) as Record<string, unknown>;
    for (const value of Object.values(mod)) {
      for (const r of Array.isArray(value) ? value : [value]) if (isRule(r) && !all.some((a) => a.id === r.id)) all.push(r);
    }
  }
  return orderRules(all);
}

/** Registry order, with the catch-all moved last. */
export function orderRules(rules: readonly Rule[]): Rule[] {
  return [...rules.filter((r) => r.id !== CATCH_ALL_RULE), ...rules.filter((r) => r.id === CATCH_ALL_RULE)];
}

/** The rules named by --rules (all when none). An unknown id is a usage error that names it. */
export function selectRules(all: readonly Rule[], ids: readonly string[] | undefined): Rule[] {
  if (!ids || ids.length === 0) return [...all];
  const unknown = ids.filter((id) => !all.some((r) => r.id === id));
  if (unknown.length) {
    throw new UsageError(`unknown rule id${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')} (known: ${all.map((r) => r.id).join(', ')})`);
  }
  return all.filter((r) => ids.includes(r.id));
}
