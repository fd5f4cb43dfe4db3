// Renders the mapping tables of api/ as Markdown, so MIGRATION.md shows exactly what the code does.
// `npm run docs` rewrites the generated block of MIGRATION.md; a test fails when the two drift apart.
import { AUTH_CALLBACK_FIELDS } from './callback-mapping.js';
import { ERROR_CODE_CHANGES, ERROR_CODES_SAME_MEANING, IFRAME_EVENT_NEW, IFRAME_EVENT_RENAMES, IFRAME_EVENT_RETAINED, KYX_IFRAME_ALLOW_VALUE, LEGACY_IFRAME_ALLOW, REDIRECT_PARAM_NEW, REDIRECT_PARAM_RENAMES, REDIRECT_PARAM_RETAINED } from './event-mapping.js';
import { LEGACY, KYX } from './field-names.js';
import { LEGACY_API_HOSTS, kyxHost, kyxWebClientHost } from './hosts.js';
import { LEGACY_AUTH_INITIATE_PATHS, LEGACY_AUTH_RETRIEVAL_PREFIX, LEGACY_V4_INITIATE_PATH, kyxAccountPath, kyxWorkflowExecutionPath } from './paths.js';
import { KYX_REGIONS, REGION_BY_DATA_CENTER } from './regions.js';
import { AUTH_REQUEST_FIELD_MOVES, V4_REQUEST_FIELD_MOVES, authWorkflowDefinition } from './request-mapping.js';
import { INITIATE_RESPONSE_FIELD_MOVES } from './response-mapping.js';
import { minutesToTokenLifetime } from './token-lifetime.js';

export const GENERATED_BEGIN = '<!-- BEGIN GENERATED: api/mapping-doc.ts (npm run docs) -->';
export const GENERATED_END = '<!-- END GENERATED -->';

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}
const code = (s: string | number) => `\`${s}\``;

export function renderMappingDoc(): string {
  const dataCenters = Object.entries(REGION_BY_DATA_CENTER) as [string, (typeof KYX_REGIONS)[number]][];
  const parts: string[] = [];
  parts.push('### Hosts and routes');
  parts.push(
    table(
      ['Legacy data centre', 'Legacy API hosts', 'KYX region', 'KYX account host', 'KYX token host', 'KYX retrieval host', 'KYX web client (shape)'],
      dataCenters.map(([dc, region]) => [
        dc, LEGACY_API_HOSTS[region].map(code).join(', '), code(region), code(kyxHost('account', region)),
        code(kyxHost('auth', region)), code(kyxHost('retrieval', region)), code(kyxWebClientHost('<prefix>', region)),
      ]),
    ),
  );
  parts.push(
    table(
      ['Legacy route', 'KYX route'],
      [
        [LEGACY_AUTH_INITIATE_PATHS.map((p) => `POST ${code(p)}`).join('<br>'), `PUT ${code(kyxAccountPath('<accountId>'))} (workflow key 9)`],
        [`POST ${code(LEGACY_V4_INITIATE_PATH)}`, `POST ${code('/api/v1/accounts')} (workflow key 2 or 3)`],
        [`GET ${code(`${LEGACY_AUTH_RETRIEVAL_PREFIX}<ref>`)}`, `GET ${code(kyxWorkflowExecutionPath('<accountId>', '<workflowExecutionId>'))} on the retrieval host`],
        ['Basic auth (API token:secret)', `Bearer token from POST ${code('/oauth2/token')} on the auth host (client credentials)`],
      ],
    ),
  );
  parts.push('### Authentication initiate request body');
  parts.push(
    table(
      ['Legacy field', 'KYX field', 'Note'],
      [
        [code(LEGACY.enrollmentTransactionReference), `the ${code('<accountId>')} in the path + ${code(JSON.stringify(authWorkflowDefinition('<credentialId>')))}`, 'needs the enrolment → account mapping (resolveKyxAccount / the shim store)'],
        ...AUTH_REQUEST_FIELD_MOVES.map((m) => [code(m.legacy), code(m.kyx.join('.')), m.convert === 'token-lifetime' ? `minutes → unit string, e.g. 30 → ${code(minutesToTokenLifetime(30))}, 60 → ${code(minutesToTokenLifetime(60))}, 1440 → ${code(minutesToTokenLifetime(1440))}, 90 → ${code(minutesToTokenLifetime(90))}` : m.note ?? '']),
        ['–', code(KYX.customerInternalReference), `required: the legacy ${code(LEGACY.userReference)}, else the enrollment reference`],
      ],
    ),
  );
  const v4Only = V4_REQUEST_FIELD_MOVES.filter((m) => !AUTH_REQUEST_FIELD_MOVES.includes(m));
  parts.push('### Enrolment (v4 initiate) request body');
  parts.push(
    table(
      ['Legacy field', 'KYX field', 'Note'],
      [
        [code(LEGACY.workflowId), code(`${KYX.workflowDefinition}.${KYX.key}`), '100–102 → 2, 200–202 → 3; capture method → portal only'],
        [code(LEGACY.presets), code(`${KYX.workflowDefinition}.${KYX.credentials}`), `${code('{index:1,country,type}')} → ${code("{category:'ID',country:{values:[c]},type:{values:[t]}}")}`],
        ...v4Only.map((m) => [code(m.legacy), code(m.kyx.join('.')), m.note ?? '']),
        ['(as above)', '(as above)', 'callbackUrl, successUrl, errorUrl, locale, userReference, tokenLifetimeInMinutes move as for authentication'],
      ],
    ),
  );
  parts.push('### Initiate response');
  parts.push(table(['Legacy field', 'KYX field', 'Note'], INITIATE_RESPONSE_FIELD_MOVES.map((m) => [code(m.legacy), code(m.kyx.join('.')), m.note ?? ''])));
  parts.push('### iFrame `event.data`, redirect parameters, allow list');
  parts.push(
    table(
      ['What', 'Legacy', 'KYX'],
      [
        ...IFRAME_EVENT_RENAMES.map((r) => ['event.data (renamed)', code(r.legacy), code(r.kyx)]),
        ['event.data (new)', '–', IFRAME_EVENT_NEW.map(code).join(', ')],
        ['event.data (same)', IFRAME_EVENT_RETAINED.map(code).join(', '), 'same'],
        ...REDIRECT_PARAM_RENAMES.map((r) => ['redirect query (renamed)', code(r.legacy), code(r.kyx)]),
        ['redirect query (new)', '–', REDIRECT_PARAM_NEW.map(code).join(', ')],
        ['redirect query (same)', REDIRECT_PARAM_RETAINED.map(code).join(', '), 'same'],
        ['iFrame allow', code(LEGACY_IFRAME_ALLOW.join(';')), code(KYX_IFRAME_ALLOW_VALUE)],
      ],
    ),
  );
  parts.push('### Error codes (`errorCode`, `payload.metainfo.code`)');
  parts.push(
    table(
      ['Code', 'Legacy meaning', 'KYX meaning'],
      [
        [ERROR_CODES_SAME_MEANING.join(', '), 'same', 'same'],
        ...ERROR_CODE_CHANGES.map((c) => [String(c.code), c.legacy ?? '–', c.kyx]),
      ],
    ),
  );
  parts.push('### Callback');
  parts.push(table(['Legacy form field', 'KYX', 'Certainty', 'Note'], AUTH_CALLBACK_FIELDS.map((f) => [code(f.legacy), f.kyx ? code(f.kyx) : '–', f.certainty, f.note])));
  return parts.join('\n\n');
}

/** Replace the generated block of a document with the current tables. */
export function withGeneratedBlock(doc: string): string {
  const start = doc.indexOf(GENERATED_BEGIN);
  const end = doc.indexOf(GENERATED_END);
  if (start < 0 || end < start) throw new Error('MIGRATION.md has no generated block markers');
  return `${doc.slice(0, start + GENERATED_BEGIN.length)}\n${renderMappingDoc()}\n${doc.slice(end)}`;
}
