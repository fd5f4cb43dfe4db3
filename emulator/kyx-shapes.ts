// Response, retrieval and callback bodies of the KYX platform (jumio-api-facts §4.3, §4.7, §4.8).
// Hrefs point at the emulator origin (the real retrieval.<region>.jumio.ai host is unreachable here).
import { randomUUID } from 'node:crypto';
import type { Account, Execution } from './kyx-state.js';

const DECISION_LABEL = { PASSED: 'OK', REJECTED: 'FAILED', NOT_EXECUTED: 'PRECONDITION_NOT_FULFILLED' } as const;
const OVERALL_LABEL = { PASSED: 'PASSED', REJECTED: 'REJECTED', NOT_EXECUTED: 'NOT_EXECUTED' } as const;

export function accountHref(origin: string, accountId: string): string {
  return `${origin}/api/v1/accounts/${accountId}`;
}

export function executionHref(origin: string, e: Execution): string {
  return `${accountHref(origin, e.accountId)}/workflow-executions/${e.id}`;
}

export function webHref(origin: string, e: Execution): string {
  const q = new URLSearchParams({ authorizationToken: e.authorizationToken, locale: e.locale });
  return `${origin}/web/v4/app?${q.toString()}`;
}

/** An unsigned JWT-shaped SDK token: it carries no secret, only ids, and the emulator never checks it. */
function sdkToken(e: Execution): string {
  const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${enc({ alg: 'none', typ: 'JWT' })}.${enc({ sub: e.accountId, wex: e.id, exp: Math.floor(e.tokenExpiresAt / 1000) })}.`;
}

export function accountResponse(origin: string, account: Account, e: Execution, timestamp: string): Record<string, unknown> {
  const web: Record<string, unknown> = { href: webHref(origin, e) };
  if (e.successUrl !== undefined) web.successUrl = e.successUrl;
  if (e.errorUrl !== undefined) web.errorUrl = e.errorUrl;
  return {
    timestamp,
    account: { id: account.id },
    web,
    sdk: { token: sdkToken(e) },
    workflowExecution: {
      id: e.id,
      credentials: e.credentials.map((c) => ({ id: c.id, category: c.category, allowedChannels: ['WEB', 'SDK'] })),
    },
  };
}

export function statusBody(origin: string, e: Execution): Record<string, unknown> {
  return {
    account: { id: e.accountId, href: accountHref(origin, e.accountId) },
    workflowExecution: { id: e.id, href: executionHref(origin, e), definitionKey: String(e.definitionKey), status: e.status },
  };
}

function partsFor(origin: string, e: Execution, category: string, credentialId: string): { classifier: string; href: string }[] {
  if (e.status !== 'PROCESSED') return [];
  const base = `${accountHref(origin, e.accountId)}/credentials/${credentialId}/parts`;
  if (category === 'ID') return [{ classifier: 'FRONT', href: `${base}/FRONT` }, { classifier: 'BACK', href: `${base}/BACK` }];
  if (category === 'SELFIE') return [{ classifier: 'FACE', href: `${base}/FACE` }];
  if (category === 'FACEMAP') return [{ classifier: 'FACEMAP', href: `${base}/FACEMAP` }];
  return [];
}

export function detailsBody(origin: string, e: Execution): Record<string, unknown> {
  const decision = e.decision ?? 'NOT_EXECUTED';
  const finished = e.status !== 'INITIATED' && e.status !== 'ACQUIRED';
  const workflow: Record<string, unknown> = {
    id: e.id,
    status: e.status,
    definitionKey: String(e.definitionKey),
    customerInternalReference: e.customerInternalReference,
  };
  if (e.userReference !== undefined) workflow.userReference = e.userReference;
  const body: Record<string, unknown> = {
    workflow,
    account: { id: e.accountId },
    createdAt: e.createdAt,
    credentials: e.credentials.map((c) => ({ id: c.id, category: c.category, parts: partsFor(origin, e, c.category, c.id) })),
    capabilities: finished ? capabilities(origin, e, decision) : {},
  };
  if (e.startedAt) body.startedAt = e.startedAt;
  if (e.completedAt) body.completedAt = e.completedAt;
  if (finished) {
    body.decision = {
      type: decision,
      details: { label: e.status === 'PROCESSED' ? OVERALL_LABEL[decision] : e.status },
      risk: { score: decision === 'PASSED' ? 10 : decision === 'REJECTED' ? 90 : -1 },
    };
  }
  return body;
}

function capabilities(origin: string, e: Execution, decision: 'PASSED' | 'REJECTED' | 'NOT_EXECUTED'): Record<string, unknown> {
  const selfie = e.credentials.find((c) => c.category === 'SELFIE');
  const facemap = e.credentials.find((c) => c.category === 'FACEMAP');
  const id = e.credentials.find((c) => c.category === 'ID');
  const processed = e.status === 'PROCESSED';
  const usabilityType = processed ? 'PASSED' : 'NOT_EXECUTED';
  const caps: Record<string, unknown> = {
    usability: e.credentials.map((c) => ({
      id: cryptoId(e, `usability-${c.id}`),
      credentials: [{ id: c.id, category: c.category }],
      decision: { type: usabilityType, details: { label: processed ? 'OK' : 'NOT_UPLOADED' } },
    })),
  };
  const facemapHref = facemap ? `${accountHref(origin, e.accountId)}/credentials/${facemap.id}/parts/FACEMAP` : undefined;
  if (e.referenceFacemapId !== undefined || e.definitionKey === 9 || e.definitionKey === 10014 || e.definitionKey === 16) {
    caps.authentication = [
      {
        id: cryptoId(e, 'authentication'),
        credentials: [selfie, facemap].filter((c) => c !== undefined).map((c) => ({ id: c.id, category: c.category })),
        decision: { type: decision, details: { label: DECISION_LABEL[decision] } },
        data: { type: 'IPROOV_STANDARD' },
        ...(processed && facemapHref ? { validFaceMapForAuthentication: facemapHref } : {}),
      },
    ];
  } else if (facemap) {
    caps.liveness = [
      {
        id: cryptoId(e, 'liveness'),
        credentials: [selfie, facemap].filter((c) => c !== undefined).map((c) => ({ id: c.id, category: c.category })),
        decision: { type: decision, details: { label: decision === 'PASSED' ? 'OK' : decision === 'REJECTED' ? 'LIVENESS_UNDETERMINED' : 'PRECONDITION_NOT_FULFILLED' } },
        data: { type: 'IPROOV_STANDARD' },
        ...(processed && decision === 'PASSED' && facemapHref ? { validFaceMapForAuthentication: facemapHref } : {}),
      },
    ];
    if (id && selfie) {
      caps.similarity = [
        {
          id: cryptoId(e, 'similarity'),
          credentials: [id, selfie].map((c) => ({ id: c.id, category: c.category })),
          decision: { type: decision, details: { label: decision === 'PASSED' ? 'MATCH' : decision === 'REJECTED' ? 'NO_MATCH' : 'PRECONDITION_NOT_FULFILLED' } },
          data: { similarity: decision === 'PASSED' ? 'MATCH' : decision === 'REJECTED' ? 'NOT_MATCH' : 'NOT_POSSIBLE' },
        },
      ];
    }
  }
  return caps;
}

/** Per-execution capability ids, created once so two retrievals of one execution agree. */
const capabilityIds = new WeakMap<Execution, Map<string, string>>();
function cryptoId(e: Execution, salt: string): string {
  let m = capabilityIds.get(e);
  if (!m) capabilityIds.set(e, (m = new Map()));
  let id = m.get(salt);
  if (!id) m.set(salt, (id = randomUUID()));
  return id;
}

export function callbackBody(origin: string, e: Execution, sentAt: string): Record<string, unknown> {
  const body: Record<string, unknown> = {
    callbackSentAt: sentAt,
    workflowExecution: { id: e.id, href: executionHref(origin, e), definitionKey: String(e.definitionKey), status: e.status },
    account: { id: e.accountId, href: accountHref(origin, e.accountId) },
  };
  if (e.userReference !== undefined) body.userReference = e.userReference;
  return body;
}
