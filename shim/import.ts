// `shim import FILE`: load existing enrollment reference → KYX account mappings from CSV (header row) or JSON
// (an array of objects, or JSON Lines). Each row is validated; rejects are reported with their line number.
import { LEGACY_AUTH_LIMITS, isKyxRegion, regionFromLabel, type KyxRegion } from '../api/index.js';
import type { EnrollmentRecord, Store } from './store/types.js';

export interface ImportReject {
  line: number;
  reason: string;
}

export interface ImportReport {
  imported: number;
  rejected: ImportReject[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ALIASES: Record<string, keyof EnrollmentRecord> = {
  enrollmentreference: 'enrollmentReference',
  enrollmenttransactionreference: 'enrollmentReference',
  enrollment_reference: 'enrollmentReference',
  accountid: 'accountId',
  account_id: 'accountId',
  credentialid: 'credentialId',
  credential_id: 'credentialId',
  idcredentialid: 'credentialId',
  region: 'region',
};

/** Split one CSV line (RFC 4180 quoting, no embedded newlines). Undefined when quotes do not balance. */
export function splitCsvLine(line: string): string[] | undefined {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"' && cur === '') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (quoted) return undefined;
  out.push(cur);
  return out.map((v) => v.trim());
}

type Raw = { line: number; row: Record<string, unknown> } | { line: number; error: string };

function csvRows(text: string): Raw[] {
  const lines = text.split(/\r?\n/);
  const header = splitCsvLine(lines[0] ?? '');
  if (!header) return [{ line: 1, error: 'unbalanced quotes in the header' }];
  const keys = header.map((h) => ALIASES[h.replace(/^\uFEFF/, '').toLowerCase()]);
  const missing = ['enrollmentReference', 'accountId'].filter((k) => !keys.includes(k as keyof EnrollmentRecord));
  if (missing.length > 0) return [{ line: 1, error: `the header lacks ${missing.join(' and ')}` }];
  const rows: Raw[] = [];
  lines.slice(1).forEach((l, i) => {
    if (l.trim() === '' || l.trimStart().startsWith('#')) return;
    const cells = splitCsvLine(l);
    if (!cells) return rows.push({ line: i + 2, error: 'unbalanced quotes' });
    if (cells.length !== header.length) return rows.push({ line: i + 2, error: `expected ${header.length} columns, found ${cells.length}` });
    const row: Record<string, unknown> = {};
    keys.forEach((k, j) => k && (row[k] = cells[j]));
    rows.push({ line: i + 2, row });
  });
  return rows;
}

/** Line of each top-level array element's opening brace. */
function elementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1, depth = 0, inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') line++;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '[' || ch === '{') {
      if (depth === 1) lines.push(line);
      depth++;
    } else if (ch === ']' || ch === '}') depth--;
  }
  return lines;
}

function jsonRows(text: string): Raw[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch (err) {
      return [{ line: 1, error: `invalid JSON: ${(err as Error).message}` }];
    }
    const lines = elementLines(text);
    return (data as unknown[]).map((row, i) => normaliseJson(row, lines[i] ?? i + 1));
  }
  // JSON Lines
  return text.split(/\r?\n/).flatMap((l, i) => {
    if (l.trim() === '') return [];
    try {
      return [normaliseJson(JSON.parse(l), i + 1)];
    } catch {
      return [{ line: i + 1, error: 'invalid JSON' }];
    }
  });
}

function normaliseJson(row: unknown, line: number): Raw {
  if (!row || typeof row !== 'object' || Array.isArray(row)) return { line, error: 'not an object' };
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    const key = ALIASES[k.toLowerCase()];
    if (key) out[key] = v;
  }
  return { line, row: out };
}

function validate(row: Record<string, unknown>, defaultRegion: KyxRegion): EnrollmentRecord | string {
  const ref = row.enrollmentReference;
  if (typeof ref !== 'string' || ref.length === 0) return 'enrollmentReference is missing';
  if (ref.length > LEGACY_AUTH_LIMITS.enrollmentTransactionReference)
    return `enrollmentReference is longer than ${LEGACY_AUTH_LIMITS.enrollmentTransactionReference} characters`;
  const accountId = row.accountId;
  if (typeof accountId !== 'string' || !UUID.test(accountId)) return 'accountId must be a UUID';
  const cred = row.credentialId;
  if (cred !== undefined && cred !== null && cred !== '' && (typeof cred !== 'string' || !UUID.test(cred))) return 'credentialId must be a UUID when given';
  const regionRaw = row.region;
  let region: KyxRegion = defaultRegion;
  if (typeof regionRaw === 'string' && regionRaw !== '') {
    const r = isKyxRegion(regionRaw) ? regionRaw : regionFromLabel(regionRaw);
    if (!r) return `region ${regionRaw} is not amer-1, emea-1 or apac-1`;
    region = r;
  }
  return { enrollmentReference: ref, accountId, credentialId: typeof cred === 'string' && cred !== '' ? cred : null, region };
}

export async function importMappings(store: Store, text: string, format: 'csv' | 'json', defaultRegion: KyxRegion = 'amer-1'): Promise<ImportReport> {
  const rows = format === 'csv' ? csvRows(text) : jsonRows(text);
  const report: ImportReport = { imported: 0, rejected: [] };
  const seen = new Map<string, number>();
  for (const raw of rows) {
    if ('error' in raw) {
      report.rejected.push({ line: raw.line, reason: raw.error });
      continue;
    }
    const rec = validate(raw.row, defaultRegion);
    if (typeof rec === 'string') {
      report.rejected.push({ line: raw.line, reason: rec });
      continue;
    }
    const first = seen.get(rec.enrollmentReference);
    if (first !== undefined) {
      report.rejected.push({ line: raw.line, reason: `duplicate enrollmentReference (first on line ${first})` });
      continue;
    }
    seen.set(rec.enrollmentReference, raw.line);
    await store.putEnrollment(rec);
    report.imported++;
  }
  return report;
}

export function formatOf(file: string, text: string): 'csv' | 'json' {
  if (/\.(json|jsonl|ndjson)$/i.test(file)) return 'json';
  if (/\.csv$/i.test(file)) return 'csv';
  return /^\s*[[{]/.test(text) ? 'json' : 'csv';
}
