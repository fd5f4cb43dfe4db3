// An object of named codes (an enum written as a const object) is a table too.

/** Netverify web-client error codes (`payload.metainfo.code`) the identity pages treat specially. */
export const NETVERIFY_ERROR_CODES = {
  SessionExpired: 9200,
  TokenInvalid: 9210,
  NetworkError: 9300,
  CameraUnavailable: 9820,
  NoAcceptableSubmission: 9836,
} as const;

/** A parcel carrier's depot status codes: the same numbers, another meaning. */
export const DEPOT_STATUS = { Sorted: 9200, Loaded: 9210, Delayed: 9300, Returned: 9820, Lost: 9836 } as const;
