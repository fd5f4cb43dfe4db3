// The rule registry, in the order the engine runs them on a file. Each rule lives in
// codemods/rules/<id>/index.ts with its fixtures in codemods/rules/<id>/__testfixtures__/.
import type { Rule } from '../engine/types.js';
import { initiateAuthenticationRule } from './initiate-authentication/index.js';
import { initiateEnrollmentRule } from './initiate-enrollment/index.js';
import { legacyEndpointRule } from './legacy-endpoint/index.js';
import { iframeAllowRule } from './iframe-allow/index.js';
import { iframeEventHandler } from './iframe-event-handler/index.js';
import { webClientHost } from './web-client-host/index.js';
import { landingPageParamsRule } from './landing-page-params/index.js';
import { retrievalAuthenticationRule } from './retrieval-authentication/index.js';
import { callbackHandlerRule } from './callback-handler/index.js';

export const rules: Rule[] = [
  // backend rules first (they rewrite initiate calls), then front-end rules, then the catch-all legacy-endpoint.
  initiateAuthenticationRule,
  initiateEnrollmentRule,
  retrievalAuthenticationRule,
  callbackHandlerRule,
  iframeAllowRule,
  iframeEventHandler,
  webClientHost,
  landingPageParamsRule,
  // legacy-endpoint must stay LAST (it skips what earlier rules handled; the runner also moves it last).
  legacyEndpointRule,
];

export function findRule(id: string): Rule | undefined {
  return rules.find((r) => r.id === id);
}
