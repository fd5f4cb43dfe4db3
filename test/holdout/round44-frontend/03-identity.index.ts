// Public surface of the identity feature: the models the frame component and the return page share, the helpers
// they call, and the tenant's web-client origin under the feature's own name. Import from here, never from the
// files inside the feature.
export { WEB_CLIENT_ORIGIN as IDENTITY_FRAME_ORIGIN } from './03-tenant';

/** What the Netverify web client posts to the page (as a JSON string) during the identity check. */
export interface IdentityFrameEvent {
  transactionReference: string;
  authorizationToken: string;
  eventType: number;
  dateTime: string;
  payload: {
    value: 'loaded' | 'success' | 'error';
    metainfo?: { code: number };
  };
}

/** What the rest of the app keeps of a finished check. */
export interface IdentityOutcome {
  verified: boolean;
  reference: string;
  errorCode: number | null;
  finishedAt: string;
}

/** Netverify web-client error codes (`payload.metainfo.code`) the identity pages treat specially. */
export const NETVERIFY_ERROR_CODES = {
  SessionExpired: 9200,
  TokenInvalid: 9210,
  NetworkError: 9300,
  CameraUnavailable: 9820,
  NoAcceptableSubmission: 9836,
} as const;

export type NetverifyErrorCode = (typeof NETVERIFY_ERROR_CODES)[keyof typeof NETVERIFY_ERROR_CODES];

export function toIdentityOutcome(event: IdentityFrameEvent): IdentityOutcome {
  return {
    verified: event.payload.value === 'success',
    reference: event.transactionReference,
    errorCode: event.payload.metainfo?.code ?? null,
    finishedAt: event.dateTime,
  };
}

/** Errors after which a fresh session usually works (the others need the member to change something first). */
export function isRetryable(code: number | null): boolean {
  return (
    code === NETVERIFY_ERROR_CODES.SessionExpired ||
    code === NETVERIFY_ERROR_CODES.TokenInvalid ||
    code === NETVERIFY_ERROR_CODES.NetworkError
  );
}
