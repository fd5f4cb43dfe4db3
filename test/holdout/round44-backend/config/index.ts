// The identity package's configuration: one import for every service (`import { … } from '../config/index.js'`).
export * from './hosts.js';
export { default as appConfig } from './app.js';
export { default as jumioConfig } from './jumio.js';
export { default as kyxConfig } from './kyx.js';
