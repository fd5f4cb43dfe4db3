// KYX mode: routes plus seeding, finishing (with the JSON callback) and the web-client session view.
import { KYX, LEGACY, WORKFLOW_KEYS } from '../api/index.js';
import { ControlError, type Backend, type WebSession } from './backend.js';
import type { CallbackSender } from './callbacks.js';
import type { Settings } from './context.js';
import { callbackBody } from './kyx-shapes.js';
import { kyxRoutes } from './kyx-routes.js';
import { KyxState, type Execution } from './kyx-state.js';
import type { TokenStore } from './tokens.js';
import type { FinishOutcome, FinishResult, SeedOptions, SeedResult } from './types.js';

export function kyxBackend(settings: Settings, tokens: TokenStore, callbacks: CallbackSender): Backend & { state: KyxState } {
  const state = new KyxState(settings.clock);
  const clock = settings.clock;

  function seed(opts: SeedOptions): SeedResult {
    if (opts.enrollmentReference !== undefined && state.executions.has(opts.enrollmentReference)) {
      throw new ControlError(409, 'a workflow execution with that enrollmentReference already exists');
    }
    const account = state.createAccount();
    const e = state.addExecution(account, {
      id: opts.enrollmentReference,
      definitionKey: WORKFLOW_KEYS.idAndIdentityVerification,
      customerInternalReference: opts.customerInternalReference ?? 'emulator-seed',
      userReference: opts.userReference,
      locale: 'en',
      tokenExpiresAt: clock.now() + 30 * 60 * 1000,
    });
    const now = clock.iso();
    e.status = 'PROCESSED';
    e.decision = 'PASSED';
    e.startedAt = now;
    e.completedAt = now;
    const id = e.credentials.find((c) => c.category === 'ID');
    const facemap = e.credentials.find((c) => c.category === 'FACEMAP');
    return { accountId: account.id, idCredentialId: id?.id ?? '', facemapCredentialId: facemap?.id ?? '', enrollmentReference: e.id };
  }

  async function finish(ref: { accountId?: string; workflowExecutionId: string }, outcome: FinishOutcome): Promise<FinishResult> {
    const found = state.executions.get(ref.workflowExecutionId);
    if (!found || (ref.accountId !== undefined && found.accountId !== ref.accountId)) {
      throw new ControlError(404, 'workflow execution not found');
    }
    const e = state.refresh(found);
    if (e.status !== 'INITIATED' && e.status !== 'ACQUIRED') throw new ControlError(409, `workflow execution already finished (${e.status})`);
    const now = clock.iso();
    if (outcome === 'EXPIRED') {
      e.status = e.status === 'ACQUIRED' ? 'SESSION_EXPIRED' : 'TOKEN_EXPIRED';
      e.decision = 'NOT_EXECUTED';
    } else {
      e.status = 'PROCESSED';
      e.decision = outcome;
      e.startedAt ??= now;
    }
    e.completedAt = now;
    if (e.callbackUrl === undefined) return {};
    return callbacks.send(e.callbackUrl, callbackBody(settings.links, e, clock.iso()));
  }

  function webSession(token: string): WebSession | undefined {
    const found = state.findByAuthorizationToken(token);
    if (!found) return undefined;
    const e: Execution = state.refresh(found);
    return {
      reference: e.id,
      unusable: e.status !== 'INITIATED',
      locale: e.locale,
      successUrl: e.successUrl,
      errorUrl: e.errorUrl,
      // KyxIframeEvent minus eventType/dateTime/payload, which the page adds.
      eventFields: {
        [KYX.accountId]: e.accountId,
        [LEGACY.authorizationToken]: e.authorizationToken,
        [KYX.workflowExecutionId]: e.id,
        [KYX.customerInternalReference]: e.customerInternalReference,
      },
      redirectParams(status, errorCode) {
        const p: Record<string, string> = {
          [KYX.acquisitionStatus]: status,
          [KYX.workflowExecutionId]: e.id,
          [KYX.accountId]: e.accountId,
          [KYX.customerInternalReference]: e.customerInternalReference,
        };
        if (status === 'ERROR' && errorCode !== undefined) p[KYX.errorCode] = String(errorCode);
        return p;
      },
      reportAcquired(success) {
        e.startedAt ??= clock.iso();
        if (success && e.status === 'INITIATED') e.status = 'ACQUIRED';
      },
    };
  }

  function executions(accountId: string) {
    return (state.accounts.get(accountId)?.executions ?? []).map((x) => {
      const e = state.refresh(x);
      return { id: e.id, definitionKey: e.definitionKey, status: e.status, createdAt: e.createdAt };
    });
  }

  return { state, routes: kyxRoutes(state, tokens), seed, finish, webSession, executions };
}
