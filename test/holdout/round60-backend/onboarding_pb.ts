// Messages of onboarding.proto (Merlion Trust's OnboardingService), as protoc's TypeScript declarations describe the
// generated classes (a stand-in for the generated module: declarations only).
//
//   message StartIdCheckRequest { string prospect_id = 1; string locale = 2; }
//   message StartIdCheckReply { string redirect_url = 1; string transaction_reference = 2; string started_at = 3; }

export declare class StartIdCheckRequest {
  getProspectId(): string;
  getLocale(): string;
}

export declare class StartIdCheckReply {
  setRedirectUrl(value: string): StartIdCheckReply;
  setTransactionReference(value: string): StartIdCheckReply;
  setStartedAt(value: string): StartIdCheckReply;
}
