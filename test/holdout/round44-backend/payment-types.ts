// Shapes of the card services' providers' answers (acquirer, 3-D Secure ACS), shared by the card modules.

/** Answer of the ACS when a challenge session is opened. */
export interface ChallengeSessionStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}
