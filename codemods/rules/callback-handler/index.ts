// Rule callback-handler: request handlers that read the legacy form-encoded Authentication callback get one
// manual item with precise guidance — the KYX callback is JSON, carries no result, and needs a retrieval call —
// and nothing is rewritten (a partial rewrite of a callback handler would silently lose the result). Legacy
// callback source allowlists (IPs, hostnames) in the same file are flagged too.
import { Node, SyntaxKind } from '#ts-morph';
import { LEGACY, LEGACY_CALLBACK_TYPE_AUTHENTICATION, LEGACY_CALLBACK_TYPE_ID_VERIFICATION, LEGACY_V4_CALLBACK, LEGACY_VERIFICATION_STATUSES } from '../../../api/index.js';
import { LEGACY_CALLBACK_SOURCE_VALUES } from '../../../api/callback-sources.js';
import type { ManualItem, Rule, RuleContext, RuleFile, RuleResult } from '../../engine/types.js';
import { provenHandlers, STRONG_NAMES } from './handler-proof.js';
import { allowlistMessage, handlerMessage } from './guidance.js';
import { isAstroFrontmatter, provenFrontmatter } from './astro-frontmatter.js';
import { idVerificationMessage, idVerificationReceivers } from './id-verification-receivers.js';
import { registeredByImporter } from './imported-registrations.js';

export const callbackHandlerRule: Rule = {
  id: 'callback-handler',
  title: 'Legacy authentication callback handlers (form-encoded, result inside) → manual item: KYX JSON callback, retrieval needed',
  // transactionResult: a handler that names Jumio is proven by it without a Jumio-only spelling (handler-proof.ts).
  prefilter: [...STRONG_NAMES, LEGACY.transactionResult, LEGACY_CALLBACK_TYPE_AUTHENTICATION,
    LEGACY_V4_CALLBACK.jumioIdScanReference, LEGACY_V4_CALLBACK.idScanStatus, LEGACY_CALLBACK_TYPE_ID_VERIFICATION, ...LEGACY_VERIFICATION_STATUSES],
  // An Astro page's frontmatter is server code (a page in SSR mode may receive the POST); its template scripts are not.
  kinds: ['script', 'astro'],
  run(file: RuleFile, ctx: RuleContext): RuleResult {
    const manual: ManualItem[] = [];
    for (const block of file.scripts) {
      const frontmatter = isAstroFrontmatter(file, block);
      if (file.kind === 'astro' && !frontmatter) continue;
      const page = frontmatter ? provenFrontmatter(block.sourceFile, file.path) : undefined;
      const handlers = page ? [page] : provenHandlers(block.sourceFile, file.path,
        (fn) => registeredByImporter(fn, ctx.project, file.absPath)); // a route of another module that names Jumio
      for (const h of handlers) manual.push({ pos: block.offset + h.site.getStart(), message: handlerMessage(h.fields) });
      // The ID Verification callback's receivers: the enrolment rule's migrated initiate changes what they get.
      for (const r of idVerificationReceivers(block.sourceFile, handlers.map((h) => h.fn), ctx.project, file.path, file.absPath)) {
        manual.push({ pos: block.offset + r.site.getStart(), message: idVerificationMessage(r.fields) });
      }
      if (!handlers.length) continue;
      const sources = new Set(LEGACY_CALLBACK_SOURCE_VALUES);
      const flagged = new Set<number>();
      for (const lit of block.sourceFile.getDescendantsOfKind(SyntaxKind.StringLiteral)) {
        // An address, or the one-address block a firewall export writes (`'34.202.241.227/32'`: round 48).
        if (!sources.has(lit.getLiteralValue().replace(/\/32$/, ''))) continue;
        // One item per statement that holds the allowlist.
        let st: Node = lit;
        while (st.getParent() && !Node.isBlock(st.getParent()!) && !Node.isSourceFile(st.getParent()!)) st = st.getParent()!;
        if (flagged.has(st.getStart())) continue;
        flagged.add(st.getStart());
        manual.push({ pos: block.offset + st.getStart(), message: allowlistMessage() });
      }
    }
    return { edits: [], manual };
  },
};
