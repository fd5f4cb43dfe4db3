// Hold-out round 35 for the backend rules (test/holdout/round35-backend/): the five backend rules on 12 customer-style
// files written WITHOUT reading the rules. Where round 34 weighed serverless, edge and queue-driven backends, round 35
// weighs ENTERPRISE ARCHITECTURE around the legacy calls, in shapes earlier rounds lack. Authentications: ports and
// adapters in one module (an `IdentityVerificationPort` interface, `NetverifyAdapter implements` it with
// `axios.post<T>(CONST, body, { auth, headers })` on the EU host and maps the answer onto the port's own session names,
// `StartFaceLoginUseCase` gets the port by constructor and a composition root wires them; TypeScript); a tsyringe
// `@injectable()` service whose `@inject('JumioDataCentre')` key picks the host from a `Record<DataCentre, string>` of
// the three data centres for the global fetch, the Basic header built from `@inject('JumioCredentials')`; an abstract
// base gateway whose template method `send()` fetches `this.endpoint()` with `JSON.stringify(this.payload(input))`,
// filled by two subclasses with the EU authentication initiate and the EU v4 initiate (one call, two kinds of request,
// a body built out of sight: flagged, each literal reported); and an openapi-fetch client (`createClient<paths>({
// baseUrl })` on the SG host, a `client.use({ onRequest })` middleware signing with the API user's pair) registered in
// tsyringe as 'HttpClient' and injected with `@inject('HttpClient')`, calling `this.http.POST('/api/authentication/v1/
// web/initiate', { body })` (not a known client: base URL and path reported). Enrolments: an awilix class in CLASSIC
// injection registered with `asClass(IdentityCheckService).singleton()` beside an `asValue` config, calling got's
// `got.post(CONST, { json, username, password, headers }).json<T>()` on the US v4 literal (workflowId 200, a US driving
// licence preset, a callbackUrl, 1440 minutes); and Apollo Server 4's `class JumioAPI extends RESTDataSource { override
// baseURL = '…/api/v4/'; willSendRequest(…) { Basic header } initiate() { return this.post('initiate', { body }) } }`
// (not a known client: the legacy base URL reported). Retrievals: a typedi repository port implementation
// (`@Service('faceLoginResults') class … implements FaceLoginResultRepository`, injected into a use case with
// `@Inject('faceLoginResults')`), the global fetch on a private readonly base field and a private readonly Basic
// header field (EU), the details cast to an interface and mapped onto the domain's names; and an `axios.create({
// baseURL })` instance (EU) signed by two request interceptors a shared package makes (`basicAuth(token, secret)`: not
// visible, flagged). Callback: an awilix-express controller class (`constructor({ recordFaceLoginOutcome, logger })`,
// `async receive(req, res)` mounted by `createController(…).prefix(…).post('/face-login', 'receive', { before:
// [express.urlencoded(…)] })`, CommonJS) comparing `callBackType` with NETVERIFY_AUTHENTICATION behind the US callback
// IP list. Plus 3 lookalikes in the same shapes: the hexagonal adapter already on KYX (`KyxAdapter`, with its own
// client-credentials token), the template-method gateway of a payment service provider's hosted pages (`/api/v4/
// initiate` on its own host), and the awilix-express controller of a card acquirer's form notification. Every file runs
// through the backend rules in-process, in registry order (as the CLI runs them). Checked as in round 2
// (test/support/backend-holdout-suite.ts). The corpus and its judgements (round35-backend-judgements.ts) were written
// before the first run of the codemod on them; no file needs a real repository run (no repo-only/).
// First run (at cd0a7dc, the corpus and judgements committed before it): 26 tests, 26 passed; every diff read by
// hand. No defect, no judgement corrected, no known gap.
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round35-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round35-backend'),
  minInputs: 12,
  tmpPrefix: 'nvm-holdout35-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
