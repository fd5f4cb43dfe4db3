// The app's hooks barrel.
export { useWindowMessage, useTrustedMessage } from './use-window-message';
export * from './jumio-events.js';
