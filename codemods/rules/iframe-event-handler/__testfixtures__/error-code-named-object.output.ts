// An object of named codes (an enum written as a const object) is a table too.

/** Netverify web-client error codes (`payload.metainfo.code`) the identity pages treat specially. */
export const NETVERIFY_ERROR_CODES = {
  SessionExpired: 9200,
  TokenInvalid: 9210,
  NetworkError: 9300,
  CameraUnavailable: 9820,
  // TODO(netverify-migrate): iframe-event-handler: error code 9836 changed meaning on KYX: it now means "authentication failure"; the legacy meaning ("no acceptable submission in 3 attempts") is 9835 — decide which of the two this code stands for here
  NoAcceptableSubmission: 9836,
} as const;

/** A parcel carrier's depot status codes: the same numbers, another meaning. */
export const DEPOT_STATUS = { Sorted: 9200, Loaded: 9210, Delayed: 9300, Returned: 9820, Lost: 9836 } as const;
