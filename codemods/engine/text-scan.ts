// Line-by-line reading for legacy Jumio hosts (api/'s recognition through legacy-endpoint's finder), for files no
// rule parses: configuration (.env*, JSON, YAML, XML, .properties, .ini, TOML, Terraform, Dockerfiles …), source
// files in other languages (other-languages.ts: a URL, or one of the two legacy paths only Jumio spells, outside
// comments) and page templates in languages the codemod does not parse, in which legacy front-end code is looked for
// too (template-scan.ts). `scan` lists what it finds; `codemod` lists the templates and the other-language files
// (unparsed-templates.ts).
import { findLegacyPathInLine, findLegacyUrls, LEGACY_HOST_NEEDLES, LEGACY_PATH_NEEDLES } from '../rules/legacy-endpoint/find-legacy-urls.js';
import { messageFor, pathOnlyMessage } from '../rules/legacy-endpoint/messages.js';
import { isUnparsedTemplateName } from './file-kinds.js';
import { inCodeNotRewritten, isCommentLine, otherLanguageOf } from './other-languages.js';
import { isLegacyOriginCheck, scanTemplateCode } from './template-scan.js';

export { isUnparsedTemplateName, otherLanguageOf };

export interface TextScanItem {
  path: string;
  line: number;
  rule: string;
  kind: 'manual';
  message: string;
}

// json5/jsonc (app and tool configs), .config (.NET Web.config / App.config appSettings), systemd units' Environment=,
// REST Client / IntelliJ HTTP request files (.http, .rest: the requests a team keeps to try the legacy API by hand).
const CONFIG_EXT = /\.(json5?|jsonc|ya?ml|xml|config|properties|ini|toml|conf|cfg|cnf|tf|tfvars|hcl|xcconfig|plist|service|http|rest)$/i;
// .env, .env.production, production.env, direnv's .envrc; Dockerfile, Dockerfile.dev, Containerfile.
const CONFIG_NAME = /^(\.env(\..+)?|.+\.env|\.envrc|(Docker|Container)file(\..+)?)$/;
export const isConfigName = (name: string): boolean => CONFIG_NAME.test(name) || CONFIG_EXT.test(name);

/** Where an item was found, for its message. */
function placeOf(template: boolean, language: string | undefined): string {
  if (template) return 'in a page template the codemod does not parse (migrate it by hand)';
  return language ? inCodeNotRewritten(language) : 'in configuration';
}

/** A list on one line (`ORIGINS=https://a.netverify.com,https://a.lon.netverify.com`) is one item naming every host. */
function alsoOnLine(hits: readonly { display: string }[]): string {
  const others = [...new Set(hits.slice(1).map((h) => h.display))].filter((d) => d !== hits[0]!.display);
  return others.length ? ` (the same line also names ${others.join(', ')})` : '';
}

export function scanConfigText(path: string, text: string): TextScanItem[] {
  const template = isUnparsedTemplateName(path);
  const language = template ? undefined : otherLanguageOf(path);
  // Most of a monorepo's Go or Java files name no legacy host or path: one pass over the text, not a regex per line.
  if (!template && !LEGACY_HOST_NEEDLES.some((n) => text.includes(n)) && !LEGACY_PATH_NEEDLES.some((n) => text.includes(n))) return [];
  const where = placeOf(template, language);
  const items: TextScanItem[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (language && isCommentLine(language, line)) return;
    const hits = findLegacyUrls(line);
    const hit = hits[0];
    // `origin.endsWith('.netverify.com')` in a template is an origin check, not an API base URL (template-scan.ts).
    if (hit && !(template && isLegacyOriginCheck(line) && !line.includes('//'))) items.push({ path, line: i + 1, rule: 'legacy-endpoint', kind: 'manual', message: `${where}: ${messageFor(hit)}${alsoOnLine(hits)}` });
    // Code in another language or configuration: the host is often set apart from the path (`f"{base}/api/…/initiate"`,
    // an Apigee ServiceCallout's <URL> and <Path>).
    const path1 = !hit && !template ? findLegacyPathInLine(line) : undefined;
    if (path1) items.push({ path, line: i + 1, rule: 'legacy-endpoint', kind: 'manual', message: `${where}: ${pathOnlyMessage(path1.route, path1.display)}` });
  });
  if (!template) return items;
  // Templates hold code too: legacy handlers, origin checks and landing-page reads (template-scan.ts).
  const code = scanTemplateCode(text, new Set(items.map((i) => i.line - 1)));
  items.push(...code.map((f) => ({ path, line: f.line + 1, rule: f.rule, kind: 'manual' as const, message: `${where}: ${f.message}` })));
  return items.sort((a, b) => a.line - b.line);
}

