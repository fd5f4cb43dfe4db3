// A proven handler that checks the origin against a list imported from another module
// (`ALLOWED_ORIGINS.includes(event.origin)`, `import { ALLOWED_ORIGINS } from './config'`) must accept the KYX web
// client once its reads are renamed, or it drops every KYX event. A list of nothing but Jumio origins is read by the
// analysis (analysis-frontend/imported-constants.ts) and translated in its module like a same-file constant. Any
// other list — built by code, mixed with other origins — cannot be rewritten there: when its module names legacy
// web-client origins, the check is flagged with the module and the KYX origins that replace them.
import { SyntaxKind } from '#ts-morph';
import type { SourceFile } from '#ts-morph';
import { KYX_REGIONS, LEGACY_WEB_CLIENT_DOMAIN, classifyLegacyHost, dataCentreWebClient, kyxWebClientHost } from '../../../api/index.js';
import type { ProjectView } from '../../engine/types.js';
import { importedModule, type ImportedOrigin } from '../../analysis-frontend/index.js';
import type { Plan } from './plan.js';
import type { RegionHint } from './region-hint.js';

export interface ImportedOriginOptions {
  project: ProjectView;
  /** The real path of the file a node's SourceFile was parsed from. */
  fileOf: (sf: SourceFile) => string | undefined;
  regionHint: () => RegionHint | undefined;
}

const LEGACY_ORIGIN = new RegExp(`^(https?://)([a-z0-9.-]+\\.${LEGACY_WEB_CLIENT_DOMAIN.replace('.', '\\.')})/?$`, 'i');

/** `https://acme.netverify.com` → `https://acme.web.<region>.jumio.ai`; a data-centre host (`acme.lon.netverify.com`)
 * names its region. Undefined for anything that is not a legacy web-client origin. */
function kyxOriginFor(origin: string, hint: RegionHint | undefined): string | undefined {
  const m = LEGACY_ORIGIN.exec(origin.trim());
  if (!m) return undefined;
  const host = m[2]!.toLowerCase();
  const info = classifyLegacyHost(host);
  if (info?.kind === 'web-client' && info.prefix) return `${m[1]}${kyxWebClientHost(info.prefix, hint?.region ?? KYX_REGIONS[0])}`;
  const dc = dataCentreWebClient(host);
  return dc ? `${m[1]}${kyxWebClientHost(dc.prefix, dc.region)}` : undefined;
}

export function planImportedOrigins(imported: readonly ImportedOrigin[], plan: Plan, opts: ImportedOriginOptions): void {
  const seen = new Set<unknown>();
  for (const io of imported) {
    if (seen.has(io.decl)) continue;
    seen.add(io.decl);
    // A package or an unreadable module: nothing shows what it holds.
    const m = importedModule(io.decl, opts.project, opts.fileOf(io.id.getSourceFile()));
    if (!m) continue;
    const hint = opts.regionHint();
    const pairs = new Map<string, string>();
    for (const lit of m.sf.getDescendantsOfKind(SyntaxKind.StringLiteral)) {
      const legacy = lit.getLiteralValue().trim();
      const kyx = kyxOriginFor(legacy, hint);
      if (kyx) pairs.set(legacy, kyx);
    }
    if (pairs.size === 0) continue;
    const list = [...pairs].map(([a, b]) => `${a} → ${b}`).join(', ');
    plan.manual.push({
      sf: io.id.getSourceFile(),
      pos: io.id.getStart(),
      message: `event.origin is checked against ${io.id.getText()}, imported from ${m.specifier}, which the codemod cannot rewrite there and which names legacy web-client origins (${list}${hint ? '' : '; amer-1 where the host does not tell the region'}): give it the KYX web-client origins, or compare event.origin with new URL(web.href).origin of the account response`,
    });
  }
}
