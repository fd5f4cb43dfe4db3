// Support file: a legacy request type and a member type, imported type-only by import-type-request-annotation.
export interface LegacyAuthRequest {
  enrollmentTransactionReference: string;
  userReference?: string;
  successUrl?: string;
}
export interface Member {
  id: string;
  enrollmentReference: string;
}
