// Merging the KYX allow tokens into an existing `allow` value byte-conservatively: every directive already there
// stays as written (other features, allowlists like `camera 'src'`, order), missing KYX features are appended
// with the separator the value already uses (`;` or `; `), and a trailing `;` stays trailing.
// (api/mergeAllowList normalises whitespace, which would rewrite bytes we did not need to touch.)
import { KYX_IFRAME_ALLOW } from '../../../api/index.js';

export interface AllowMerge {
  /** The merged value; equal to the input when nothing is missing. */
  value: string;
  added: string[];
  /** Required features present but switched off with `'none'`: a human must decide. */
  disabled: string[];
  /** The value uses commas, which browsers do not read as a separator: not edited. */
  commaSeparated: boolean;
}

export const REQUIRED_ALLOW: readonly string[] = KYX_IFRAME_ALLOW;

export function featureNames(value: string): string[] {
  return value.split(';').map((d) => d.trim().split(/\s+/)[0]?.toLowerCase() ?? '').filter(Boolean);
}

export function mergeAllowValue(existing: string): AllowMerge {
  if (existing.trim() === '') return { value: REQUIRED_ALLOW.join(';'), added: [...REQUIRED_ALLOW], disabled: [], commaSeparated: false };
  if (existing.includes(',') && !existing.includes(';')) {
    return { value: existing, added: [], disabled: [], commaSeparated: true };
  }
  const directives = existing.split(';').map((d) => d.trim()).filter(Boolean);
  const present = new Set(directives.map((d) => d.split(/\s+/)[0].toLowerCase()));
  const disabled = directives
    .filter((d) => REQUIRED_ALLOW.includes(d.split(/\s+/)[0].toLowerCase()) && /\s'none'\s*$/i.test(d))
    .map((d) => d.split(/\s+/)[0]);
  const added = REQUIRED_ALLOW.filter((f) => !present.has(f));
  if (added.length === 0) return { value: existing, added, disabled, commaSeparated: false };
  const sepMatch = /;(\s*)\S/.exec(existing);
  const sep = ';' + (sepMatch?.[1].includes('\n') ? ' ' : sepMatch?.[1] ?? '');
  const body = existing.replace(/\s+$/, '');
  const tail = existing.slice(body.length);
  const value = body.endsWith(';')
    ? body.slice(0, -1).replace(/\s+$/, '') + sep + added.join(sep) + ';' + tail
    : body + sep + added.join(sep) + tail;
  return { value, added, disabled, commaSeparated: false };
}
