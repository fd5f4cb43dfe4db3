// Deciding whether a message handler handles Jumio web-client events. Field names alone prove nothing
// (transactionReference, payload.value and authorizationToken are everyday words in payment, OAuth and
// messaging code), so the decision scores independent signals of the whole event shape. The rules are
// documented in MIGRATION.md, rule iframe-event-handler ("Tie-breakers"); keep the two in step.
import {
  ERROR_CODE_CHANGES, ERROR_CODES_SAME_MEANING, IFRAME_EVENT_FIELDS,
  IFRAME_EVENT_TYPE_STATE_CHANGE, IFRAME_PAYLOAD_VALUES, KYX, LEGACY,
} from '../../api/index.js';
import { withoutMarkers } from '../engine/markers.js';
import type { EventDataAnalysis } from './event-data.js';
import type { OriginCheck } from './origin.js';
import { originProof, type Guard } from './origin-guards.js';
import type { Node } from '#ts-morph';
import { mentionsJumio } from '../analysis/jumio-names.js';

/** Points a handler needs (besides parsing event.data) to count as a Jumio handler. */
export const PROOF_THRESHOLD = 3;

/** Top-level keys of the Jumio event object, legacy and KYX; `msg` is read by real Jumio handlers too. */
const JUMIO_EVENT_KEYS = new Set<string>([
  ...IFRAME_EVENT_FIELDS, 'msg',
]);
const JUMIO_CODES = new Set<number>([...ERROR_CODES_SAME_MEANING, ...ERROR_CODE_CHANGES.map((c) => c.code)]);
const PAYLOAD_VALUES = new Set<string>(IFRAME_PAYLOAD_VALUES);
/** Words of other vendors and protocols that post messages with similar fields. */
const OTHER_VENDORS = String.raw`stripe|adyen|paypal|braintree|klarna|razorpay|paystack|flutterwave|novac|checkout\.com|three[\s_-]?d[\s_-]?secure|3-?d[\s_-]?secure|threeds|3ds|\bacs\b|\bcres\b|pares|onfido|veriff|sumsub|plaid|transak`;
const FOREIGN_VOCABULARY = new RegExp(`${OTHER_VENDORS}|oauth|access_token|id_token|mqtt`, 'i');
/** In the comments and names around a handler only other vendors and 3-D Secure count: "sign in with OAuth, then
 * the identity check" is prose about the app's flow, not about what this handler receives. */
const FOREIGN_AROUND = new RegExp(OTHER_VENDORS, 'i');

export interface Verdict {
  proven: boolean;
  score: number;
  /** Human-readable signals that counted (for the report and tests). */
  signals: string[];
  /** Why the handler was rejected outright, if it was. */
  veto?: string;
  /** Top-level keys read on the parsed object that Jumio never sends (a handler shared with other senders). */
  foreignKeys: string[];
  /** Not proven, but the legacy event's shape (transactionReference and payload.value) read in an identity-check
   * context (KYC_CONTEXT in the handler or the names around it) with nothing pointing elsewhere: flagged for a
   * human, never rewritten. */
  weak?: boolean;
  /** Proven by an origin check that guards only part of the handler (a router with a branch per origin): the nodes
   * of the event's reads that are Jumio's ('jumio'), another sender's, or of no origin the rule can tell (undefined).
   * Unset: all of them are Jumio's. */
  guard?: (n: Node) => Guard | undefined;
}

export interface ProofInput {
  data: EventDataAnalysis;
  origins: OriginCheck[];
  /** The handler's source text (and the names it is known by), scanned for vendor words. */
  text: string;
  /** The page or component frames an <iframe> that asks for the camera (camera-frame.ts): one point. */
  cameraFrame?: boolean;
  /** Names of the class, functions and variables the handler sits in (`KycFrameBridge`), for the weak verdict. */
  context?: string;
  /** Comments above the declarations the handler sits in and the file's header comment: what the code says it is
   * ("3-D Secure challenge for card top-ups" above an anonymous Stimulus controller). */
  surroundings?: string;
}

/** Words of identity checks. A payment, OAuth or messaging handler with the same two field names does not use them. */
const KYC_CONTEXT = /kyc|idv|identity|id[-_ ]?check|onboarding/i;

export function judge({ data, origins, text: rawText, cameraFrame, context = '', surroundings = '' }: ProofInput): Verdict {
  // Our own TODO(netverify-migrate) markers name the tool: they must not count as vendor words on a rerun.
  const text = withoutMarkers(rawText);
  const signals: string[] = [];
  let score = 0;
  const add = (points: number, why: string): void => {
    score += points;
    signals.push(`${points > 0 ? '+' : ''}${points} ${why}`);
  };
  // Origin checks decide where they guard the reads (origin-guards.ts): a router proves only its Jumio branch.
  const byOrigin = originProof(origins, data.reads.map((r) => r.keyNode));
  if (byOrigin?.kind === 'veto') return { proven: false, score: 0, signals, veto: byOrigin.why, foreignKeys: [] };
  if (byOrigin) {
    const guard = byOrigin.kind === 'some' ? byOrigin.guard : undefined;
    const keep = guard && ((n: Node) => guard(n) === 'jumio');
    return {
      proven: true, score: Infinity, signals: [`origin checked against ${byOrigin.vendor} host${keep ? ' (the reads in its branch)' : ''}`],
      foreignKeys: foreignKeysOf(keep ? { ...data, reads: data.reads.filter((r) => keep(r.keyNode)) } : data), ...(guard ? { guard } : {}),
    };
  }
  if (!data.parses) return { proven: false, score: 0, signals, veto: 'event.data is not parsed with JSON.parse', foreignKeys: [] };

  const top = new Set(data.reads.map((r) => r.path[0]));
  const has = (...path: string[]): boolean => data.reads.some((r) => path.every((seg, i) => r.path[i] === seg));
  const compared = (path: string[]) => data.comparisons.filter((c) => c.path.length === path.length && path.every((s, i) => c.path[i] === s));

  for (const key of [LEGACY.transactionReference, LEGACY.authorizationToken, LEGACY.dateTime, KYX.workflowExecutionId, KYX.accountId]) {
    if (top.has(key)) add(1, `reads ${key}`);
  }
  if (has(LEGACY.payload, LEGACY.value)) add(1, 'reads payload.value');
  if (has(LEGACY.payload, LEGACY.metainfo)) add(2, 'reads payload.metainfo');
  const values = compared([LEGACY.payload, LEGACY.value]).map((c) => c.value);
  if (values.includes('loaded')) add(1, "compares payload.value with 'loaded'");
  if (values.some((v) => typeof v === 'string' && !PAYLOAD_VALUES.has(v))) add(-1, 'compares payload.value with a value Jumio never sends');
  if (top.has(LEGACY.eventType)) {
    const types = compared([LEGACY.eventType]).map((c) => c.value);
    if (types.some((v) => Number(v) === IFRAME_EVENT_TYPE_STATE_CHANGE)) add(2, `compares eventType with ${IFRAME_EVENT_TYPE_STATE_CHANGE}`);
    else if (types.length > 0) add(-2, 'compares eventType with a value Jumio never sends');
    else add(1, 'reads eventType');
  }
  if (data.comparisons.some((c) => typeof c.value === 'number' || /^\d+$/.test(String(c.value)) ? JUMIO_CODES.has(Number(c.value)) : false)) {
    add(2, 'compares with Jumio error codes');
  }
  if (mentionsJumio(text) || data.handoffs.some((h) => mentionsJumio(h.name))) add(2, 'names Jumio');
  // A listener inside a composable, hook or class named for the vendor (`useJumioFrame() { function listener(e) … }`,
  // `class JumioFrameBridge`) says so through the names it sits in, as one named `jumioListener` does itself.
  else if (mentionsJumio(context)) add(2, 'sits in code named for Jumio');
  // Only together with the event shape: a camera iframe proves nothing about a handler that reads no Jumio key.
  if (cameraFrame && score > 0) add(1, 'the page frames an iframe with camera access (the web client needs it)');
  const foreignKeys = foreignKeysOf(data);
  if (foreignKeys.length > 0) add(-foreignKeys.length, `reads keys Jumio never sends (${foreignKeys.join(', ')})`);
  // The names and comments around the handler count only when nothing there or in it names Jumio: a file holding a
  // Jumio handler and a payment widget's says both.
  const around = `${context}\n${withoutMarkers(surroundings)}`;
  const foreign = FOREIGN_VOCABULARY.exec(text) ?? (mentionsJumio(`${text}\n${around}`) ? null : FOREIGN_AROUND.exec(around));
  if (foreign) add(-3, `mentions another vendor or protocol (${foreign[0]})`);
  const proven = score >= PROOF_THRESHOLD;
  // The round-2 hold-out's KycFrameBridge: the Jumio shape minus any proof. A payment widget posting the same two
  // fields (neg-3ds-no-origin) has no identity word; one that names its vendor or reads other keys scores lower.
  const weak = !proven && !foreign && foreignKeys.length === 0 && top.has(LEGACY.transactionReference)
    && has(LEGACY.payload, LEGACY.value) && values.every((v) => typeof v !== 'string' || PAYLOAD_VALUES.has(v))
    && KYC_CONTEXT.test(`${text}\n${context}`);
  return { proven, score, signals, foreignKeys, ...(weak ? { weak } : {}) };
}


function foreignKeysOf(data: EventDataAnalysis): string[] {
  return [...new Set(data.reads.map((r) => r.path[0]))].filter((k): k is string => !!k && !JUMIO_EVENT_KEYS.has(k));
}
