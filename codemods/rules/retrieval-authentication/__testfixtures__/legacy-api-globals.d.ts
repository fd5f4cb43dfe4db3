// The service's old ambient typings (a declaration file: the codemod never edits it).
declare namespace LegacyApi {
  interface FaceLoginDetails {
    transactionReference: string;
    transactionResult: string;
  }
}
