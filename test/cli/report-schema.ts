// A strict, hand-written check of the JSON report contract (DESIGN.md, version 1): exact keys, types, the
// status enum, 1-based integer lines, forward-slash relative paths, and a summary that is the sum of files[].
const STATUSES = ['changed', 'unchanged', 'skipped', 'error'];
const SUMMARY_KEYS = ['files', 'changed', 'unchanged', 'skipped', 'errors', 'edits', 'manual'];

function keysOf(o: object): string[] {
  return Object.keys(o).sort();
}

export function validateReportV1(report: unknown): string[] {
  const errs: string[] = [];
  const r = report as Record<string, unknown>;
  if (!r || typeof r !== 'object') return ['report is not an object'];
  if (JSON.stringify(keysOf(r)) !== JSON.stringify(['files', 'summary', 'version'])) errs.push(`top-level keys: ${keysOf(r)}`);
  if (r.version !== 1) errs.push(`version: ${String(r.version)}`);
  const s = r.summary as Record<string, unknown>;
  if (!s || JSON.stringify(keysOf(s)) !== JSON.stringify([...SUMMARY_KEYS].sort())) errs.push(`summary keys: ${s && keysOf(s)}`);
  else for (const k of SUMMARY_KEYS) if (!Number.isInteger(s[k]) || (s[k] as number) < 0) errs.push(`summary.${k} not a count`);
  if (!Array.isArray(r.files)) return [...errs, 'files is not an array'];
  const counts = { changed: 0, unchanged: 0, skipped: 0, error: 0, edits: 0, manual: 0 };
  r.files.forEach((f: Record<string, unknown>, i: number) => {
    const where = `files[${i}]`;
    const allowed = ['path', 'status', 'edits', 'manual'];
    if (f.status === 'error') allowed.push('error');
    if (f.status === 'skipped') allowed.push('reason');
    for (const k of allowed) if (!(k in f)) errs.push(`${where}: missing ${k}`);
    if ('notes' in f && f.status !== 'error') allowed.push('notes'); // optional, additive: information, never action
    for (const k of Object.keys(f)) if (!allowed.includes(k)) errs.push(`${where}: unexpected key ${k}`);
    if (typeof f.path !== 'string' || f.path.includes('\\') || f.path.startsWith('/')) errs.push(`${where}.path: ${String(f.path)}`);
    if (!STATUSES.includes(f.status as string)) errs.push(`${where}.status: ${String(f.status)}`);
    else counts[f.status as keyof typeof counts]++;
    if (f.status === 'error' && (typeof f.error !== 'string' || !f.error)) errs.push(`${where}.error missing`);
    if ('notes' in f && (!Array.isArray(f.notes) || f.notes.length === 0)) errs.push(`${where}.notes must be a non-empty array when present`);
    for (const list of ['edits', 'manual', ...('notes' in f ? ['notes' as const] : [])] as const) {
      const items = f[list];
      if (!Array.isArray(items)) {
        errs.push(`${where}.${list} not an array`);
        continue;
      }
      if (list !== 'notes') counts[list] += items.length;
      items.forEach((it: Record<string, unknown>, j: number) => {
        if (JSON.stringify(keysOf(it)) !== JSON.stringify(['line', 'message', 'rule'])) errs.push(`${where}.${list}[${j}] keys: ${keysOf(it)}`);
        if (typeof it.rule !== 'string' || !/^[a-z0-9-]+$/.test(it.rule)) errs.push(`${where}.${list}[${j}].rule`);
        if (!Number.isInteger(it.line) || (it.line as number) < 1) errs.push(`${where}.${list}[${j}].line: ${String(it.line)}`);
        if (typeof it.message !== 'string') errs.push(`${where}.${list}[${j}].message`);
      });
    }
  });
  if (s) {
    const expect: Record<string, number> = {
      files: r.files.length, changed: counts.changed, unchanged: counts.unchanged, skipped: counts.skipped,
      errors: counts.error, edits: counts.edits, manual: counts.manual,
    };
    for (const [k, v] of Object.entries(expect)) if (s[k] !== v) errs.push(`summary.${k} = ${String(s[k])}, files[] say ${v}`);
  }
  return errs;
}
