// Settings of the card issuer's 3-D Secure access control server (hosted by CardShield), read by the card services
// as one namespace: `import * as acs from './acs-settings.js'`.
export const ORIGIN = 'https://acs.cardshield.example';
export const CHALLENGE_INITIATE_PATH = '/api/v2/challenge-sessions/initiate';
export const USER_AGENT = 'Tidewater-Cards/5.0';

/** How long the challenge page stays valid: the cardholder is in the merchant's checkout. */
export const CHALLENGE_MINUTES = 10;
