// The codes the web client reports in payload.metainfo.code.
export enum JumioErrorCode {
  ServerError = 9100,
  TokenInvalid = 9200,
  NoNetwork = 9800,
  CameraUnavailable = 9820,
  NoAcceptableSubmission = 9836,
}

// Our billing plan codes share the range and name no vendor: not flagged.
export enum PlanCode {
  Starter = 9100,
  Team = 9200,
  Business = 9300,
  Legacy = 9836,
}
