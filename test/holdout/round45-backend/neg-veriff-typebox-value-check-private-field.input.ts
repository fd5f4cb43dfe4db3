// Vestfold Energi customer portal: settles a customer's Veriff identity session once the flow has returned.
// Every vendor payload is checked with TypeBox before use — the same schemas are published as JSON Schema in the
// portal's API docs, and `Static<>` gives the TypeScript type, so the two cannot drift apart.
import { createHmac } from 'node:crypto';
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { markVeriffDecision, type PortalLogger } from './store.js';

const VERIFF_SESSIONS = 'https://stationapi.veriff.com/v1/sessions';

const SessionDecision = Type.Object({
  status: Type.Literal('success'),
  verification: Type.Union([
    Type.Null(),
    Type.Object({
      id: Type.String(),
      code: Type.Integer(),
      status: Type.Union([
        Type.Literal('approved'),
        Type.Literal('declined'),
        Type.Literal('resubmission_requested'),
        Type.Literal('expired'),
        Type.Literal('abandoned'),
      ]),
      reason: Type.Union([Type.String(), Type.Null()]),
      decisionTime: Type.Union([Type.String(), Type.Null()]),
      vendorData: Type.Union([Type.String(), Type.Null()]),
    }),
  ]),
});
type SessionDecision = Static<typeof SessionDecision>;

export type IdentityState = 'pending' | 'passed' | 'failed';

export class VeriffResults {
  readonly #secret = process.env.VERIFF_SHARED_SECRET ?? '';

  constructor(private readonly log: PortalLogger) {}

  async settle(sessionId: string): Promise<IdentityState> {
    const res = await fetch(`${VERIFF_SESSIONS}/${encodeURIComponent(sessionId)}/decision`, {
      headers: {
        Accept: 'application/json',
        'X-AUTH-CLIENT': process.env.VERIFF_API_KEY ?? '',
        'X-HMAC-SIGNATURE': createHmac('sha256', this.#secret).update(sessionId).digest('hex'),
        'User-Agent': 'VestfoldEnergi-Portal/4.7',
      },
    });
    if (res.status === 404) return 'failed';
    if (!res.ok) throw new Error(`Veriff decision failed (${res.status})`);

    const body: unknown = await res.json();
    if (!Value.Check(SessionDecision, body)) {
      const first = Value.Errors(SessionDecision, body).First();
      throw new Error(`Veriff decision rejected at ${first?.path ?? '/'}: ${first?.message ?? 'no detail'}`);
    }
    const decision: SessionDecision = body;

    this.log.info('veriff decision', { sessionId, status: decision.verification?.status ?? 'none' });
    if (!decision.verification || decision.verification.status === 'resubmission_requested') return 'pending';

    const state: IdentityState = decision.verification.status === 'approved' ? 'passed' : 'failed';
    await markVeriffDecision(decision.verification.vendorData, decision.verification.id, state);
    return state;
  }
}
