// Support module of the barrel-hook-frame fixtures: the hooks barrel (named and star re-exports).
export { useVerificationEvents as useIdentityEvents } from './use-verification-events';
export * from './use-verification-events';
