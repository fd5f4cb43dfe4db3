// Vestfold Energi customer portal: settles a customer's face login once the web client has returned (EU data
// centre). Every vendor payload is checked with TypeBox before use — the same schemas are published as JSON Schema in
// the portal's API docs, and `Static<>` gives the TypeScript type, so the two cannot drift apart.
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { markFaceLoginResult, type PortalLogger } from './store.js';

const NETVERIFY_EU_AUTHENTICATIONS = 'https://lon.netverify.com/api/netverify/v2/authentications';

const AuthenticationDetails = Type.Object({
  transactionReference: Type.String({ maxLength: 36 }),
  transactionResult: Type.Union([
    Type.Literal('CREATED'),
    Type.Literal('STARTED'),
    Type.Literal('PASSED'),
    Type.Literal('FAILED'),
    Type.Literal('INVALID'),
    Type.Literal('EXPIRED'),
  ]),
  transactionDate: Type.String(),
  userReference: Type.Optional(Type.String({ maxLength: 100 })),
});
type AuthenticationDetails = Static<typeof AuthenticationDetails>;

export type FaceLoginState = 'pending' | 'passed' | 'failed';

export class FaceLoginResults {
  readonly #basic = Buffer.from(`${process.env.NETVERIFY_API_TOKEN}:${process.env.NETVERIFY_API_SECRET}`).toString('base64');

  constructor(private readonly log: PortalLogger) {}

  async settle(reference: string): Promise<FaceLoginState> {
    const res = await fetch(`${NETVERIFY_EU_AUTHENTICATIONS}/${encodeURIComponent(reference)}`, {
      headers: {
        Accept: 'application/json',
        Authorization: `Basic ${this.#basic}`,
        'User-Agent': 'VestfoldEnergi-Portal/4.7',
      },
    });
    if (res.status === 404) return 'failed';
    if (!res.ok) throw new Error(`face login retrieval failed (${res.status})`);

    const body: unknown = await res.json();
    if (!Value.Check(AuthenticationDetails, body)) {
      const first = Value.Errors(AuthenticationDetails, body).First();
      throw new Error(`face login details rejected at ${first?.path ?? '/'}: ${first?.message ?? 'no detail'}`);
    }
    const details: AuthenticationDetails = body;

    this.log.info('face login result', { reference: details.transactionReference, result: details.transactionResult });
    if (details.transactionResult === 'CREATED' || details.transactionResult === 'STARTED') return 'pending';

    const state: FaceLoginState = details.transactionResult === 'PASSED' ? 'passed' : 'failed';
    await markFaceLoginResult(details.userReference ?? null, details.transactionReference, state);
    return state;
  }
}
