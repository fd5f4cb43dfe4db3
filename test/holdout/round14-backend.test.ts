// Hold-out round 14 for the backend rules (test/holdout/round14-backend/): see the header written after the first run.
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round14-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round14-backend'),
  minInputs: 50,
  tmpPrefix: 'nvm-holdout14-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
