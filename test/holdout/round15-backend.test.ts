// Hold-out round 15 for the backend rules (test/holdout/round15-backend/): the five backend rules on customer-style
// files written WITHOUT reading the rules, in styles and code shapes rounds 1–14 lack. (First-run figures below.)
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round15-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round15-backend'),
  minInputs: 50,
  tmpPrefix: 'nvm-holdout15-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
