// api/ — the legacy Netverify Authentication API, the KYX platform account API, and the mapping between them.
// One source of truth: the shim, the codemods, the emulator and MIGRATION.md all use these tables.
export * from './regions.js';
export * from './hosts.js';
export * from './paths.js';
export * from './limits.js';
export * from './token-lifetime.js';
export * from './field-names.js';
export * from './legacy-types.js';
export * from './kyx-types.js';
export * from './request-mapping.js';
export * from './response-mapping.js';
export * from './event-mapping.js';
export * from './callback-mapping.js';
export * from './validation.js';
export * from './retrieval-mapping.js';
export * from './legacy-v4-callback.js';
export * from './callback-sources.js';
