// Types of the identity check (the Jumio Netverify web client, embedded in an iframe on the onboarding page). Kept
// apart from the components so the onboarding flow and the support console share one description of the frame's
// messages; nothing here touches the DOM.

/** The steps the frame reports in `payload.value`. */
export const FrameStatus = {
  Loaded: 'loaded',
  Success: 'success',
  Error: 'error',
} as const;

export type FrameStatus = (typeof FrameStatus)[keyof typeof FrameStatus];

/** One message posted by the web client (a JSON string on the wire). */
export interface JumioMessage {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: {
    value: FrameStatus;
    metainfo?: { code: number };
  };
}

const STATUSES: readonly string[] = Object.values(FrameStatus);

/** Narrows whatever `JSON.parse` returned to a frame message before anyone reads it. */
export function isJumioMessage(x: unknown): x is JumioMessage {
  return (
    typeof x === 'object' &&
    x !== null &&
    'transactionReference' in x &&
    typeof x.transactionReference === 'string' &&
    'payload' in x &&
    typeof x.payload === 'object' &&
    x.payload !== null &&
    'value' in x.payload &&
    typeof x.payload.value === 'string' &&
    STATUSES.includes(x.payload.value)
  );
}

/** Error codes the web client reports in payload.metainfo.code; the support console shows their names. */
export enum JumioErrorCode {
  Cancelled = 9100,
  NetworkError = 9200,
  SessionExpired = 9210,
  ServerError = 9300,
  CameraUnavailable = 9820,
  CaptureFailed = 9821,
  NoAcceptableSubmission = 9836,
}
