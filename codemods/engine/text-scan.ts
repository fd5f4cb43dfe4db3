// Line-by-line reading for legacy Jumio hosts (api/'s recognition through legacy-endpoint's finder), for files no
// rule parses: configuration (.env*, JSON, YAML, XML, .properties, .ini) and page templates in languages the codemod
// does not parse. `scan` lists what it finds; `codemod` lists the templates (unparsed-templates.ts).
import { findLegacyUrls } from '../rules/legacy-endpoint/find-legacy-urls.js';
import { messageFor } from '../rules/legacy-endpoint/messages.js';
import { isUnparsedTemplateName } from './file-kinds.js';

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
  const where = isUnparsedTemplateName(path) ? 'in a page template the codemod does not parse (migrate it by hand)' : 'in configuration';
  const items: TextScanItem[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const hit = findLegacyUrls(line)[0];
    if (hit) items.push({ path, line: i + 1, rule: 'legacy-endpoint', kind: 'manual', message: `${where}: ${messageFor(hit)}` });
  });
  return items;
}

