// The PostgreSQL server on this machine (trust auth). Tests use a per-test schema (?schema=…).
export const PG_BASE = process.env.SHIM_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
