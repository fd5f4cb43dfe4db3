// Legacy Netverify mode: routes plus seeding (an approved enrolment), finishing (with the form-encoded
// callback) and the legacy web-client session view.
import { LEGACY } from '../api/index.js';
import { ControlError, type Backend, type WebSession } from './backend.js';
import type { CallbackSender } from './callbacks.js';
import type { Settings } from './context.js';
import { legacyRoutes } from './legacy-routes.js';
import { authCallbackForm, v4CallbackForm } from './legacy-shapes.js';
import { LegacyState, type VerificationTransaction } from './legacy-state.js';
import type { FinishOutcome, FinishResult, SeedOptions, SeedResult } from './types.js';

/** v4 workflowId 2xx = ID + Identity Verification; no workflowId = the portal default, taken as 2xx here. */
const IDENTITY_WORKFLOW_MIN = 200;

export function legacyBackend(settings: Settings, callbacks: CallbackSender, opts: { strictUrls: boolean }): Backend & { state: LegacyState } {
  const state = new LegacyState(settings.clock);
  const clock = settings.clock;

  function seed(o: SeedOptions): SeedResult {
    if (o.enrollmentReference !== undefined && state.transactions.has(o.enrollmentReference)) {
      throw new ControlError(409, 'a transaction with that enrollmentReference already exists');
    }
    const now = clock.iso();
    const t = state.add<VerificationTransaction>({
      reference: o.enrollmentReference,
      kind: 'verification',
      customerInternalReference: o.customerInternalReference ?? 'emulator-seed',
      userReference: o.userReference ?? 'emulator-seed-user',
      workflowId: IDENTITY_WORKFLOW_MIN,
      verificationStatus: 'APPROVED_VERIFIED',
      identityMatch: true,
      locale: 'en',
      tokenExpiresAt: clock.now(),
      acquiredAt: now,
      completedAt: now,
    });
    return { accountId: '', idCredentialId: '', facemapCredentialId: '', enrollmentReference: t.reference };
  }

  async function finish(ref: { accountId?: string; workflowExecutionId: string }, outcome: FinishOutcome): Promise<FinishResult> {
    const found = state.transactions.get(ref.workflowExecutionId);
    if (!found) throw new ControlError(404, 'transaction not found');
    const t = state.refresh(found);
    if (t.completedAt !== undefined) throw new ControlError(409, 'transaction already finished');
    const now = clock.iso();
    t.completedAt = now;
    let form: URLSearchParams;
    if (t.kind === 'authentication') {
      // Of several authentications for one enrolment within 15 minutes only the last can finish.
      t.result = outcome === 'EXPIRED' || state.superseded(t) ? 'EXPIRED' : outcome === 'PASSED' ? 'PASSED' : 'FAILED';
      form = authCallbackForm(settings.links, t, now);
    } else {
      t.verificationStatus = outcome === 'PASSED' ? 'APPROVED_VERIFIED' : outcome === 'REJECTED' ? 'DENIED_FRAUD' : 'NO_ID_UPLOADED';
      t.identityMatch = outcome === 'PASSED' && (t.workflowId === undefined || t.workflowId >= IDENTITY_WORKFLOW_MIN);
      form = v4CallbackForm(t, now);
    }
    if (t.callbackUrl === undefined) return {};
    return callbacks.send(t.callbackUrl, form);
  }

  function webSession(token: string): WebSession | undefined {
    const found = state.findByAuthorizationToken(token);
    if (!found) return undefined;
    const t = state.refresh(found);
    const fields: Record<string, unknown> = { [LEGACY.authorizationToken]: t.authorizationToken, [LEGACY.transactionReference]: t.reference };
    // The v4 (ID verification) client sends customerInternalReference; the final Authentication client does not.
    if (t.kind === 'verification') fields[LEGACY.customerInternalReference] = t.customerInternalReference;
    return {
      reference: t.reference,
      unusable: t.completedAt !== undefined || t.acquiredAt !== undefined,
      locale: t.locale,
      successUrl: t.successUrl,
      errorUrl: t.errorUrl,
      eventFields: fields,
      redirectParams(status, errorCode) {
        const p: Record<string, string> = { [LEGACY.transactionStatus]: status, [LEGACY.transactionReference]: t.reference };
        if (t.kind === 'verification') p[LEGACY.customerInternalReference] = t.customerInternalReference;
        if (status === 'ERROR' && errorCode !== undefined) p[LEGACY.errorCode] = String(errorCode);
        return p;
      },
      reportAcquired(success) {
        if (!success) return;
        t.acquiredAt ??= clock.iso();
        if (t.kind === 'authentication' && t.result === 'CREATED') t.result = 'STARTED';
      },
    };
  }

  function executions(enrollmentReference: string) {
    return state.authenticationsOf(enrollmentReference).map((x) => {
      const t = state.refresh(x) as typeof x;
      return { id: t.reference, definitionKey: 'authentication' as const, status: t.result, createdAt: t.createdAt };
    });
  }

  return { state, routes: legacyRoutes(state, opts), seed, finish, webSession, executions };
}
