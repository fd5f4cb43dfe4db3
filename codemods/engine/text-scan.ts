// Line-by-line reading for legacy Jumio hosts (api/'s recognition through legacy-endpoint's finder), for files no
// rule parses: configuration (.env*, JSON, YAML, XML, .properties, .ini) and page templates in languages the codemod
// does not parse, in which legacy front-end code is looked for too (template-scan.ts). `scan` lists what it finds;
// `codemod` lists the templates (unparsed-templates.ts).
import { findLegacyUrls } from '../rules/legacy-endpoint/find-legacy-urls.js';
import { messageFor } from '../rules/legacy-endpoint/messages.js';
import { isUnparsedTemplateName } from './file-kinds.js';
import { isLegacyOriginCheck, scanTemplateCode } from './template-scan.js';

export { isUnparsedTemplateName };

export interface TextScanItem {
  path: string;
  line: number;
  rule: string;
  kind: 'manual';
  message: string;
}

const CONFIG_EXT = /\.(json|ya?ml|xml|properties|ini)$/i;
export const isConfigName = (name: string): boolean => /^\.env(\..+)?$/.test(name) || CONFIG_EXT.test(name);
export function scanConfigText(path: string, text: string): TextScanItem[] {
  const template = isUnparsedTemplateName(path);
  const where = template ? 'in a page template the codemod does not parse (migrate it by hand)' : 'in configuration';
  const items: TextScanItem[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const hit = findLegacyUrls(line)[0];
    // `origin.endsWith('.netverify.com')` in a template is an origin check, not an API base URL (template-scan.ts).
    if (hit && !(template && isLegacyOriginCheck(line) && !line.includes('//'))) items.push({ path, line: i + 1, rule: 'legacy-endpoint', kind: 'manual', message: `${where}: ${messageFor(hit)}` });
  });
  if (!template) return items;
  // Templates hold code too: legacy handlers, origin checks and landing-page reads (template-scan.ts).
  const code = scanTemplateCode(text, new Set(items.map((i) => i.line - 1)));
  items.push(...code.map((f) => ({ path, line: f.line + 1, rule: f.rule, kind: 'manual' as const, message: `${where}: ${f.message}` })));
  return items.sort((a, b) => a.line - b.line);
}

