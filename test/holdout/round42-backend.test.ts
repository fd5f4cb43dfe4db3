// Hold-out round 42 for the backend rules (test/holdout/round42-backend/): the five backend rules on 11 customer-style
// files written WITHOUT reading the rules. Round 42 weighs REAL-TIME RELAYS AROUND THE LEGACY CALLS — the result travels
// on after the call or the callback, to a client other than the one that made the request. Earlier rounds took: an
// enrolment answered through a socket.io ACK callback on the socket that asked (round 11 `enr-socketio-ack`); a ws
// WebSocketServer answering the SAME socket with the link (round 15 `auth-ws-message`); in-process EventEmitter /
// Moleculer / Feathers emits of fields read from the response (rounds 2, 4, 6, 12, 14, 36); server-sent events written
// by an Express route from what a retrieval generator method yields (round 36 `ret-async-generator-method-got-sse`);
// BullMQ workers and processors around initiates and retrievals whose results are stored or returned (rounds 4, 7, 11,
// 15, 22, 34) and a callback route PRODUCING to a BullMQ queue (round 23 `cb-express-router-queue-producer`); a NATS
// consumer of forwarded callback forms (round 15 `cb-nats-forwarded`); uWebSockets.js / hyper-express only as the
// server of the callback route itself (rounds 13, 14); setInterval pollers emitting on an in-process EventEmitter
// (round 36) and node:timers/promises intervals (round 12); ioredis only as a cache or session store (rounds 4, 16, 32,
// 39). No round had `io.to(room).emit(…)`, a callback route writing to an SSE stream it did not open, a Redis pub/sub
// `publish`, a retrieval whose details go whole to a WebSocket (`ws.send(JSON.stringify(details))`), a uWebSockets.js
// `app.publish` topic, @fastify/websocket, or an initiate pushed to another waiting client. This round: Callback: an
// Express form route behind Jumio's US callback IPs relaying transactionReference/transactionResult to a socket.io
// room (TypeScript); a Fastify route on a `netverify` path writing the outcome to the page's raw SSE response kept in a
// Map (ESM); a Koa route behind an allowlist resolved from `callback.core-sgp.jumio.com` publishing the result and the
// image URLs on a Redis channel for the other pods' socket gateways (CommonJS). Retrieval: a BullMQ worker on undici
// (EU, TypeScript) sending the details whole to a teller dashboard's ws socket; a setInterval sweep on superagent (US
// www, ESM) publishing an outcome built from fields on a uWebSockets.js topic. Initiate: a teller's ws message starting
// a face login on `/api/auth/v1/initiate` (SG, axios, TypeScript) whose link goes to the counter tablet's socket; a
// staff Express route starting one with got 11 (EU, CommonJS) and emitting the whole response to a kiosk's socket.io
// room. Enrolment: a desktop's Fastify POST creating a v4 verification (US, fetch, presets, callbackUrl, ESM) whose link
// is pushed to the applicant's phones over @fastify/websocket. Plus 3 lookalikes in the same shapes: the socket.io relay
// of a card acquirer's payment notification with the same field words, the SSE relay once moved to the KYX JSON
// callback, and the BullMQ + ws relay of a Veriff decision. Every file runs through the backend rules in-process, in
// registry order (as the CLI runs them). Checked as in round 2 (test/support/backend-holdout-suite.ts). The corpus and
// its judgements (round42-backend-judgements.ts) were written before the first run of the codemod on them; no file
// needs a real repository run (no repo-only/).
// First run (at the corpus commit, after 304b791): 24 tests, 24 passed; the 3 lookalikes byte-identical; every diff and
// item read by hand (relay code's own names kept; whole-object relays flagged as leaving whole; field-wise relays
// renamed). No defect.
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round42-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round42-backend'),
  minInputs: 11,
  tmpPrefix: 'nvm-holdout42-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
