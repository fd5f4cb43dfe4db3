// Error codes the Netverify web client reports in payload.metainfo.code and in the errorUrl's errorCode.
export enum JumioErrorCode {
  ServerError = 9100,
  TokenInvalid = 9200,
  SessionExpired = 9210,
  ImageTransmission = 9300,
  VerificationStep = 9400,
  NoNetwork = 9800,
  UnexpectedClientError = 9801,
  CameraUnavailable = 9820,
  CaptureFailed = 9821,
  NoAcceptableSubmission = 9836,
}

export const RETRYABLE: ReadonlySet<JumioErrorCode> = new Set([
  JumioErrorCode.NoNetwork,
  JumioErrorCode.SessionExpired,
  JumioErrorCode.NoAcceptableSubmission,
]);
