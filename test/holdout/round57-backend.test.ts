// Hold-out round 57 for the backend rules (test/holdout/round57-backend/): the five backend rules on 12 customer-style
// files written WITHOUT reading the rules. Round 57 weighs THE ANSWER RENDERED OR SENT BY THE SERVER: after the initiate
// or the retrieval, the answer — or its values — ends in output the server produces itself: a view rendered with the
// whole answer as a local (Express `res.render`, EJS) or with its fields (Koa `ctx.render`, Pug), a React page rendered
// with `renderToString` in a `.tsx` server route, an HTML page written in a template literal with `<iframe
// src="${…}">`, an SMS (Twilio `messages.create({ body })`), an e-mail rendered from a Nunjucks template and sent with
// nodemailer, a `Location` header and a `Set-Cookie` set by hand before a 303, and a hapi `h.view` given the retrieval
// details whole (Handlebars); the views and the mail template sit beside the inputs as support files (views/…,
// emails/…). The round asks which of these are reads that move (a view local's value, a JSX prop, a `${…}` of a page,
// an SMS or a cookie, a header value) and which are the answer leaving whole (the answer or the details as a view's
// context), and pins that the backend rules leave the markup of a page written in a string as it is (iframe-allow, a
// front-end rule this suite does not run, flags such a frame, "never edited"). Earlier rounds took (greps over the
// backend inputs and support files of test/holdout, round 57 excluded): `res.render(` 3 files, each given a field
// (round 13 `enr-express-session-store`: `{ iframeSrc: started.redirectUrl }`; round 51 `enr-express-res-locals-render-
// axios` and its lookalike, through `res.locals`) — the whole answer as a view local 0; `ctx.render(` 0, `h.view(` 0,
// `@hapi/vision` 0, koa-views 0, `reply.view(` 0; a view or mail template file beside a backend input 0 (no `.ejs`,
// `.pug`, `.hbs`, `.njk`); `renderToString` / `react-dom/server` 0 and `.tsx` inputs 0 (one `.jsx`: round 4's
// getServerSideProps returning a field as a prop); `<iframe` in a backend input once (that `.jsx` component), an HTML
// page built in a template literal 0, `reply.type(` 0; nodemailer / `createTransport` 0 — `sendMail` 10 files, all
// the apps' own `sendMail(to, subject, link)` helper from a `mailer.ts` support module (rounds 9, 11, 13, 14); nunjucks
// 0; twilio once (round 38, inside a callback's module), `messages.create` 0; `setHeader('Location', …)` 0 (a
// `Location` in `res.writeHead(302, { Location: session.redirectUrl, … })` once, round 13's polka route, with its
// lookalike); `Set-Cookie` 2 (round 4's Remix `commitSession`, round 9's lookalike) — a cookie carrying the answer's
// reference 0; `ofetch(` called directly once (round 25, a retrieval); `Wreck.get(` once (round 15, so this round's
// hapi retrieval uses got). This round: Initiate: a US `www` Express route (CommonJS, request-promise-native) rendering
// an EJS view with `{ …, jumio: data }`; an EU Koa route (TypeScript, ofetch with a typed annotation) rendering a Pug
// view with `faceLoginUrl` / `startedAt`; a US Express route in a `.tsx` file rendering `<FaceLoginPage
// frameUrl={started.redirectUrl} … />` with `renderToString`; an SG Fastify plugin (TypeScript, undici) answering an
// HTML page written in a template literal, its `<iframe src="${…}" allow="camera;fullscreen">` and a `data-reference`;
// a US BullMQ worker (ESM, ky) on the older guide's `/api/auth/v1/initiate` texting the link with Twilio; an EU Next.js
// pages-router API route (TypeScript, axios) on `/api/v4/initiate` with `enrollmentTransactionReference` setting
// `Location` and a `Set-Cookie` with the reference before a 303. Enrolment: an SG v4 call (TypeScript, node-fetch,
// workflowId 200, 2880 minutes) whose link goes into a Nunjucks e-mail (HTML locals and text part) sent with
// nodemailer, beside the SMTP transport's own `auth`. Retrieval: a US got lookup (TypeScript) in a hapi route giving
// the details whole to a Handlebars view through `h.view`, with field reads beside. Callback: an Express form receiver
// (CommonJS) that e-mails the fraud desk with SendGrid, the captured face as `<img src="${form.idScanImageFace}">` —
// flagged only. Plus 3 lookalikes in the same shapes: the EJS route for another face-authentication vendor, the HTML
// page once on KYX (with its own token cache), and the nodemailer e-mail for a payment provider's `/v4/initiate` payment
// links. Support modules (db.ts, db.mjs, db.cjs, kyx-token-cache.ts) and the templates sit beside the inputs and are
// never inputs. Every file runs through the backend rules in-process, in registry order (as the CLI runs them). Checked
// as in round 2 (test/support/backend-holdout-suite.ts): no error, parses, idempotent, every manual item marked,
// lookalikes byte-identical, flagged files changed by markers only, the judged rewrites and items
// (round57-backend-judgements.ts, each quoting MIGRATION.md, every JUDGEMENT CALL said so — four in its preamble: the
// view files themselves are not judged, the item is due at the route; a `.tsx` server route is server code; no item
// about a link's length in an SMS or e-mail is judged; an ofetch `retry` option is not judged), TypeScript outputs
// adding no type error (the `.tsx` route is not type-checked by the suite). The corpus and its judgements were written
// before the first run of the codemod on them; no file needs a real repository run (no repo-only/).
// First run (at the corpus commit): 26 tests, 26 passed; every diff and item read by hand. Reads in view locals, JSX
// props of a server render, HTML template literals, SMS and e-mail bodies, a Location header and a cookie moved; the
// answer or details handed whole to `res.render` / `h.view` got the "leaves whole" item; the callback flagged; the
// lookalikes untouched. No defect. (Run with every rule, the Fastify file's server-built `<iframe … allow=
// "camera;fullscreen">` also gets iframe-allow's item for markup in a string.)
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round57-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round57-backend'),
  minInputs: 12,
  tmpPrefix: 'nvm-holdout57-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
