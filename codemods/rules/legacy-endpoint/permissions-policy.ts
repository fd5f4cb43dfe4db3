// A Permissions-Policy header or meta value (`camera=(self "https://acme.netverify.com"), accelerometer=()`), or the
// older Feature-Policy (`camera 'self' https://acme.netverify.com`), that delegates features to a legacy Jumio frame
// host. The KYX web client's iframe needs more than the legacy one did — camera, fullscreen, accelerometer, gyroscope
// and magnetometer (iframe-allow writes them on the frame) — and a top-level policy that lists a feature without the
// frame's origin withholds it whatever the iframe's allow says. The KYX host is per customer and region (web.href),
// so nothing is edited: the item says, feature by feature, what the policy must become.
import { KYX_IFRAME_ALLOW } from '../../../api/index.js';
import { findLegacyUrls, type LegacyUrlHit } from './find-legacy-urls.js';

const FEATURE = '[a-z][a-z-]*';
/** `feature=(…)` / `feature=*` (Permissions-Policy), `feature 'self' …;` (Feature-Policy). */
const PERMISSIONS_ENTRY = new RegExp(`(?:^|[,\\s"'])(${FEATURE})=(\\([^)]*\\)|\\*)`, 'g');
const FEATURE_ENTRY = new RegExp(`(?:^|;)\\s*(${FEATURE})\\s+((?:'(?:self|none|src)'|\\*|https?://[^\\s;]+)(?:\\s+(?:'(?:self|none|src)'|\\*|https?://[^\\s;]+))*)`, 'g');
const KNOWN = new Set<string>([...KYX_IFRAME_ALLOW, 'microphone', 'geolocation', 'payment', 'autoplay', 'usb', 'display-capture', 'clipboard-write']);

/** The policy's allowlist of each feature it lists and its header's name, or undefined when `text` is no policy. */
export function policyEntries(text: string): { entries: Map<string, string>; header: string } | undefined {
  const entries = new Map<string, string>();
  for (const m of text.matchAll(PERMISSIONS_ENTRY)) entries.set(m[1]!, m[2]!);
  const header = entries.size ? 'Permissions-Policy' : 'Feature-Policy';
  if (!entries.size) for (const m of text.matchAll(FEATURE_ENTRY)) entries.set(m[1]!, m[2]!);
  return [...entries.keys()].some((f) => KNOWN.has(f)) ? { entries, header } : undefined;
}

const list = (xs: string[]): string => xs.length > 1 ? `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}` : xs[0]!;

/** The item for a legacy host in a permissions policy, or undefined when `text` is no policy. */
export function permissionsPolicyMessage(hit: LegacyUrlHit, text: string): string | undefined {
  const policy = policyEntries(text);
  if (!policy) return undefined;
  const { entries, header } = policy;
  // Every legacy host the value names (round 46: a US and an EU white-label host side by side), the first one first.
  const shown = [...new Set([hit, ...findLegacyUrls(text)].map((h) => h.display))];
  const hosts = shown.map((d) => d.replace(/^https?:\/\//, '').replace(/\/.*$/, '').toLowerCase());
  const legacy: string[] = [];
  const restricted: string[] = [];
  const absent: string[] = [];
  for (const f of KYX_IFRAME_ALLOW) {
    const allow = entries.get(f);
    if (allow === undefined) absent.push(f);
    else if (hosts.some((h) => allow.toLowerCase().includes(h)) || (hit.wildcard && /netverify\.com/i.test(allow))) legacy.push(f);
    else if (allow !== '*') restricted.push(f);
  }
  const steps = [
    legacy.length ? `${list(legacy)}: replace ${list(shown)} with it` : '',
    restricted.length ? `${list(restricted)}: add it (this policy withholds ${restricted.length > 1 ? 'them' : 'it'} from the frame)` : '',
    absent.length ? `${list(absent)}: not in this value (a feature the whole policy leaves out keeps its default, self, and the iframe's allow grants it)` : '',
  ].filter(Boolean);
  return `legacy Jumio web-client host${shown.length > 1 ? 's' : ''} ${list(shown)} in a ${header}: the KYX web client is served from ` +
    `*.web.<region>.jumio.ai (the account response's web.href) and its iframe needs ${list([...KYX_IFRAME_ALLOW])} ` +
    `(allow="${KYX_IFRAME_ALLOW.join(';')}"): delegate each to the KYX web client's origin once the calls are migrated — ` +
    `${steps.join('; ')} (see MIGRATION.md)`;
}
