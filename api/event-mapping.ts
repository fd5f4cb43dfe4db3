// iFrame postMessage event fields, redirect query parameters, error codes and the iFrame allow list.
import { LEGACY, KYX } from './field-names.js';
import type { KyxIframeEvent } from './kyx-types.js';
import type { LegacyIframeEvent } from './legacy-types.js';

export interface RenamedField {
  legacy: string;
  kyx: string;
}

/** event.data renames (legacy → KYX). Everything else is retained. */
export const IFRAME_EVENT_RENAMES: readonly RenamedField[] = [{ legacy: LEGACY.transactionReference, kyx: KYX.workflowExecutionId }];
/** event.data fields that exist in both with the same name. */
export const IFRAME_EVENT_RETAINED: readonly string[] = [
  LEGACY.authorizationToken,
  LEGACY.eventType,
  LEGACY.dateTime,
  LEGACY.payload,
];
/** event.data fields new in KYX. */
export const IFRAME_EVENT_NEW: readonly string[] = [KYX.accountId, KYX.customerInternalReference];
/** Every top-level event.data field, legacy and KYX. */
export const IFRAME_EVENT_FIELDS: readonly string[] = [...IFRAME_EVENT_RENAMES.flatMap((r) => [r.legacy, r.kyx]), ...IFRAME_EVENT_RETAINED, ...IFRAME_EVENT_NEW];

/** The only documented event type: application state change. */
export const IFRAME_EVENT_TYPE_STATE_CHANGE = 510;
/** payload.value values (unchanged). */
export const IFRAME_PAYLOAD_VALUES = ['loaded', 'success', 'error'] as const;

/** Success/error redirect query parameter renames (legacy → KYX). errorCode is retained. */
export const REDIRECT_PARAM_RENAMES: readonly RenamedField[] = [
  { legacy: LEGACY.transactionStatus, kyx: KYX.acquisitionStatus },
  { legacy: LEGACY.transactionReference, kyx: KYX.workflowExecutionId },
];
export const REDIRECT_PARAM_RETAINED: readonly string[] = [LEGACY.errorCode];
export const REDIRECT_PARAM_NEW: readonly string[] = [KYX.accountId, KYX.customerInternalReference];
/** Query parameters Jumio appends, which a legacy success/error URL must not carry. */
export const LEGACY_RESERVED_REDIRECT_PARAMS: readonly string[] = [LEGACY.transactionStatus, LEGACY.transactionReference, LEGACY.errorCode];

export function renameIn(table: readonly RenamedField[], legacyName: string): string | undefined {
  return table.find((r) => r.legacy === legacyName)?.kyx;
}

/** Error codes (errorCode and payload.metainfo.code). Codes listed as `same` mean the same in both. */
export const ERROR_CODES_SAME_MEANING: readonly number[] = [9100, 9200, 9210, 9300, 9400, 9800, 9801, 9810];
export interface ErrorCodeChange {
  code: number;
  legacy: string | undefined;
  kyx: string;
}
export const ERROR_CODE_CHANGES: readonly ErrorCodeChange[] = [
  { code: 9820, legacy: 'camera unavailable', kyx: 'file upload not enabled and camera unavailable' },
  { code: 9821, legacy: 'authentication capture failed after 3 attempts', kyx: 'biometric face capture failed' },
  { code: 9822, legacy: undefined, kyx: 'browser does not support camera' },
  { code: 9835, legacy: undefined, kyx: 'no acceptable submission in 3 attempts (legacy 9836)' },
  { code: 9836, legacy: 'no acceptable submission in 3 attempts', kyx: 'authentication failure' },
];
/** The semantic collision: legacy 9836 is KYX 9835; KYX 9836 is new. */
export const COLLIDING_ERROR_CODE = 9836;
export const LEGACY_9836_IN_KYX = 9835;

/** iFrame `allow` tokens. */
export const LEGACY_IFRAME_ALLOW = ['camera', 'fullscreen'] as const;
export const KYX_IFRAME_ALLOW = ['camera', 'fullscreen', 'accelerometer', 'gyroscope', 'magnetometer'] as const;
/** `allow="camera;fullscreen;accelerometer;gyroscope;magnetometer"`. */
export const KYX_IFRAME_ALLOW_VALUE = KYX_IFRAME_ALLOW.join(';');

/** Merge the KYX allow tokens into an existing allow attribute value, keeping other tokens, order and separator. */
export function mergeAllowList(existing: string | undefined): string {
  const value = existing ?? '';
  const separator = value.includes(';') || !value.trim() ? ';' : value.includes(',') ? ',' : ';';
  const tokens = value.split(/[;,]/).map((t) => t.trim()).filter(Boolean);
  const names = new Set(tokens.map((t) => t.split(/\s+/)[0].toLowerCase()));
  for (const token of KYX_IFRAME_ALLOW) if (!names.has(token)) tokens.push(token);
  return tokens.join(separator);
}

/** A KYX event seen through legacy eyes (what a shim that re-posts legacy events would send). */
export function toLegacyIframeEvent(event: KyxIframeEvent): LegacyIframeEvent {
  return {
    authorizationToken: event.authorizationToken,
    transactionReference: event.workflowExecutionId,
    eventType: event.eventType,
    dateTime: event.dateTime,
    payload: event.payload,
  };
}
