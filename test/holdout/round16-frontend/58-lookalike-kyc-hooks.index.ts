// Hooks barrel: nothing to migrate here (the hook's own module is).
export { useKycMessages } from './02-use-kyc-messages';
export type { KycResult } from './02-use-kyc-messages';
