// The identity package's barrel: constants and persistence re-exported under one import.
export * from './jumio-hosts.js';
export { saveFaceLogin, saveResult } from './store.js';
