// The frontmatter of an Astro page that reads a POSTed form (astro-request.ts) is proven like a request handler:
// the same fields, the same Jumio proof (handler-proof.ts; its names and strings as a whole, like an inline handler's), the
// item on its first statement reaching the request.
import type { SourceFile } from '#ts-morph';
import { LEGACY_AUTH_CALLBACK_FIELD_NAMES } from '../../../api/index.js';
import type { RuleFile, ScriptBlock } from '../../engine/types.js';
import { astroFrontmatter } from '../../engine/astro-view.js';
import { fieldsRead, fromRequest, proven, type ProvenHandler } from './handler-proof.js';
import { handlerNamesJumio, requestSchemaFacts } from './handler-context.js';
import { astroRequestSite } from './astro-request.js';

const NAMES = new Set(LEGACY_AUTH_CALLBACK_FIELD_NAMES);

/** Is `block` the frontmatter of an Astro component (server code), not one of its template's browser scripts? */
export function isAstroFrontmatter(file: RuleFile, block: ScriptBlock): boolean {
  return file.kind === 'astro' && block.offset === astroFrontmatter(file.text)?.start;
}

/** The frontmatter `sf` as a proven legacy callback handler, or undefined. */
export function provenFrontmatter(sf: SourceFile, filePath: string): ProvenHandler | undefined {
  const site = astroRequestSite(sf);
  if (!site) return undefined;
  const { fields, literal } = fieldsRead(sf);
  const schema = requestSchemaFacts(sf, (e) => fromRequest(e, sf), NAMES);
  const all = [...fields, ...new Set(schema.fields.filter((f) => !fields.includes(f)))];
  if (!proven(all, literal || schema.callbackType, () => handlerNamesJumio(sf, sf, filePath))) return undefined;
  return { fn: sf, site, fields, callbackTypeLiteral: literal };
}
