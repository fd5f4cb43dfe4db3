// The codes the web client reports in payload.metainfo.code.
export enum JumioErrorCode {
  ServerError = 9100,
  TokenInvalid = 9200,
  NoNetwork = 9800,
  CameraUnavailable = 9820,
  // TODO(netverify-migrate): iframe-event-handler: error code 9836 changed meaning on KYX: it now means "authentication failure"; the legacy meaning ("no acceptable submission in 3 attempts") is 9835 — decide which of the two this code stands for here
  NoAcceptableSubmission = 9836,
}

// Our billing plan codes share the range and name no vendor: not flagged.
export enum PlanCode {
  Starter = 9100,
  Team = 9200,
  Business = 9300,
  Legacy = 9836,
}
