// Response, retrieval and callback bodies of the KYX platform (jumio-api-facts §4.3, §4.7, §4.8), typed with
// api/'s KYX types so a field name can only be spelled the way api/ spells it.
import { randomUUID } from 'node:crypto';
import {
  KYX,
  LEGACY,
  WEB_CLIENT_APP_PATH,
  WORKFLOW_KEYS,
  kyxAccountPath,
  kyxCredentialPartPath,
  kyxWorkflowExecutionPath,
  type KyxAccountResponse,
  type KyxAuthenticationCapability,
  type KyxCallback,
  type KyxStatusResponse,
  type KyxWorkflowDetails,
} from '../api/index.js';
import type { Settings } from './context.js';
import type { Account, Credential, Decision, Execution } from './kyx-state.js';

type Links = Settings['links'];

const AUTH_LABEL: Record<Decision, string> = { PASSED: 'OK', REJECTED: 'FAILED', NOT_EXECUTED: 'PRECONDITION_NOT_FULFILLED' };
const LIVENESS_LABEL: Record<Decision, string> = { PASSED: 'OK', REJECTED: 'LIVENESS_UNDETERMINED', NOT_EXECUTED: 'PRECONDITION_NOT_FULFILLED' };
const SIMILARITY_LABEL: Record<Decision, string> = { PASSED: 'MATCH', REJECTED: 'NO_MATCH', NOT_EXECUTED: 'PRECONDITION_NOT_FULFILLED' };
const SIMILARITY_VALUE: Record<Decision, string> = { PASSED: 'MATCH', REJECTED: 'NOT_MATCH', NOT_EXECUTED: 'NOT_POSSIBLE' };
const RISK_SCORE: Record<Decision, number> = { PASSED: 10, REJECTED: 90, NOT_EXECUTED: -1 };
/** Parts a finished workflow holds per credential category. */
export const PARTS: Record<string, string[]> = { ID: ['FRONT', 'BACK'], SELFIE: ['FACE'], FACEMAP: ['FACEMAP'], DOCUMENT: ['FRONT'] };
const AUTHENTICATING_KEYS: readonly number[] = [WORKFLOW_KEYS.authentication, WORKFLOW_KEYS.authenticationOnPremise, WORKFLOW_KEYS.kyxStandaloneAuthentication];

export function accountHref(links: Links, accountId: string): string {
  return `${links.api}${kyxAccountPath(accountId)}`;
}

export function executionHref(links: Links, e: Execution): string {
  return `${links.api}${kyxWorkflowExecutionPath(e.accountId, e.id)}`;
}

/** `<web origin>/web/v4/app?authorizationToken=…&locale=…`, the shape of the vendor's web.href. */
export function webHref(links: Links, e: Execution): string {
  const q = new URLSearchParams();
  q.set(LEGACY.authorizationToken, e.authorizationToken); // the name is retained in KYX (IFRAME_EVENT_RETAINED)
  q.set(KYX.locale, e.locale);
  return `${links.web}${WEB_CLIENT_APP_PATH}?${q.toString()}`;
}

/** An unsigned JWT-shaped SDK token: it carries only ids, no secret, and the emulator never checks it. */
function sdkToken(e: Execution): string {
  const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${enc({ alg: 'none', typ: 'JWT' })}.${enc({ sub: e.accountId, wex: e.id, exp: Math.floor(e.tokenExpiresAt / 1000) })}.`;
}

export function accountResponse(links: Links, account: Account, e: Execution, timestamp: string): KyxAccountResponse {
  const web: NonNullable<KyxAccountResponse['web']> = { href: webHref(links, e) };
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

export function statusBody(links: Links, e: Execution): KyxStatusResponse {
  return {
    account: { id: e.accountId, href: accountHref(links, e.accountId) },
    workflowExecution: { id: e.id, href: executionHref(links, e), definitionKey: String(e.definitionKey), status: e.status },
  };
}

function ref(c: Credential): { id: string; category: Credential['category'] } {
  return { id: c.id, category: c.category };
}

export function detailsBody(links: Links, e: Execution): KyxWorkflowDetails {
  const decision = e.decision ?? 'NOT_EXECUTED';
  const finished = e.status !== 'INITIATED' && e.status !== 'ACQUIRED';
  const processed = e.status === 'PROCESSED';
  const body: KyxWorkflowDetails = {
    createdAt: e.createdAt,
    account: { id: e.accountId },
    workflow: { id: e.id, status: e.status, definitionKey: String(e.definitionKey), customerInternalReference: e.customerInternalReference },
    credentials: e.credentials.map((c) => ({
      ...ref(c),
      parts: processed ? (PARTS[c.category] ?? []).map((classifier) => ({ classifier, href: `${links.api}${kyxCredentialPartPath(e.accountId, c.id, classifier)}` })) : [],
    })),
    capabilities: finished ? capabilities(links, e, decision) : {},
  };
  if (e.userReference !== undefined) body.workflow.userReference = e.userReference;
  if (e.startedAt) body.startedAt = e.startedAt;
  if (e.completedAt) body.completedAt = e.completedAt;
  if (finished) body.decision = { type: decision, details: { label: processed ? decision : e.status }, risk: { score: RISK_SCORE[decision] } };
  return body;
}

function capabilities(links: Links, e: Execution, decision: Decision): KyxWorkflowDetails['capabilities'] {
  const selfie = e.credentials.find((c) => c.category === 'SELFIE');
  const facemap = e.credentials.find((c) => c.category === 'FACEMAP');
  const id = e.credentials.find((c) => c.category === 'ID');
  const processed = e.status === 'PROCESSED';
  const faces = [selfie, facemap].filter((c): c is Credential => c !== undefined).map(ref);
  const facemapHref = facemap ? `${links.api}${kyxCredentialPartPath(e.accountId, facemap.id, 'FACEMAP')}` : undefined;
  const caps: KyxWorkflowDetails['capabilities'] = {
    usability: e.credentials.map((c) => ({
      id: capabilityId(e, `usability-${c.id}`),
      credentials: [ref(c)],
      decision: processed ? { type: 'PASSED', details: { label: 'OK' } } : { type: 'NOT_EXECUTED', details: { label: 'NOT_UPLOADED' } },
    })),
  };
  if (AUTHENTICATING_KEYS.includes(e.definitionKey)) {
    const auth: KyxAuthenticationCapability = {
      id: capabilityId(e, 'authentication'),
      credentials: faces,
      decision: { type: decision, details: { label: AUTH_LABEL[decision] } },
      data: { type: 'IPROOV_STANDARD' },
    };
    if (processed && facemapHref) auth.validFaceMapForAuthentication = facemapHref;
    caps.authentication = [auth];
  } else if (facemap) {
    caps.liveness = [
      {
        id: capabilityId(e, 'liveness'),
        credentials: faces,
        decision: { type: decision, details: { label: LIVENESS_LABEL[decision] } },
        data: { type: 'IPROOV_STANDARD' },
        ...(processed && decision === 'PASSED' && facemapHref ? { validFaceMapForAuthentication: facemapHref } : {}),
      },
    ];
    if (id && selfie) {
      caps.similarity = [
        {
          id: capabilityId(e, 'similarity'),
          credentials: [ref(id), ref(selfie)],
          decision: { type: decision, details: { label: SIMILARITY_LABEL[decision] } },
          data: { similarity: SIMILARITY_VALUE[decision] },
        },
      ];
    }
  }
  return caps;
}

/** Capability ids, created once per execution so two retrievals of one execution agree. */
const capabilityIds = new WeakMap<Execution, Map<string, string>>();
function capabilityId(e: Execution, name: string): string {
  let m = capabilityIds.get(e);
  if (!m) capabilityIds.set(e, (m = new Map()));
  let id = m.get(name);
  if (!id) m.set(name, (id = randomUUID()));
  return id;
}

export function callbackBody(links: Links, e: Execution, sentAt: string): KyxCallback {
  const body: KyxCallback = {
    callbackSentAt: sentAt,
    workflowExecution: { id: e.id, href: executionHref(links, e), definitionKey: String(e.definitionKey), status: e.status },
    account: { id: e.accountId, href: accountHref(links, e.accountId) },
  };
  if (e.userReference !== undefined) body.userReference = e.userReference;
  return body;
}
