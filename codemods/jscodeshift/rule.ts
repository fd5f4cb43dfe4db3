// jscodeshift entry for one rule, chosen with `--rule=<id>` (comma-separated ids run in engine order).
import type { API, FileInfo } from 'jscodeshift';
import { createTransform, findRuleOrThrow, type JscodeshiftTransform } from './index.js';

const cache = new Map<string, JscodeshiftTransform>();

export default function transform(file: FileInfo, api: API, options: Record<string, unknown>): string | undefined {
  const ids = String(options.rule ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (ids.length === 0) throw new Error('pass --rule=<id> (see `netverify-migrate rules`)');
  const key = ids.join(',');
  let t = cache.get(key);
  if (!t) cache.set(key, (t = createTransform(ids.map(findRuleOrThrow))));
  return t(file, api, options);
}
