// Which KYX region the repository's legacy integration used, read off the legacy API hosts its code calls
// (`netverify.com` → amer-1, `lon.netverify.com` → emea-1, `core-sgp.jumio.com` → apac-1). The white-label
// web-client host `<prefix>.netverify.com` does not tell the region, so an exact origin check can only be
// translated to the right `<prefix>.web.<region>.jumio.ai` with such a hint. One region found → a hint; none or
// several → no hint.
import { LEGACY_API_HOSTS, type KyxRegion } from '../../../api/index.js';
import type { ProjectView } from '../../engine/types.js';
import { codeFiles } from '../../analysis/repo-files.js';

export interface RegionHint {
  region: KyxRegion;
  /** The legacy host that told it, and a file that uses it (relative to the root). */
  host: string;
  file: string;
}

const cache = new Map<string, { at: number; hint: RegionHint | undefined }>();
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// `//host` followed by a path, port, quote or end: `acme.netverify.com` must not count as `netverify.com`.
const HOSTS = (Object.entries(LEGACY_API_HOSTS) as [KyxRegion, readonly string[]][])
  .flatMap(([region, hosts]) => hosts.map((host) => ({ region, host, re: new RegExp(`//${esc(host)}(?=[/:'"\`\\s]|$)`, 'i') })));

export function regionHint(project: ProjectView): RegionHint | undefined {
  const hit = cache.get(project.root);
  if (hit && Date.now() - hit.at < 10_000) return hit.hint;
  const found = new Map<KyxRegion, RegionHint>();
  for (const abs of codeFiles(project.root)) {
    const text = project.readFile(abs);
    if (!text || !/netverify\.com|jumio\.com/i.test(text)) continue;
    for (const h of HOSTS) {
      if (!found.has(h.region) && h.re.test(text)) {
        found.set(h.region, { region: h.region, host: h.host, file: abs.slice(project.root.length + 1).replace(/\\/g, '/') });
      }
    }
  }
  const hint = found.size === 1 ? [...found.values()][0] : undefined;
  cache.set(project.root, { at: Date.now(), hint });
  return hint;
}
