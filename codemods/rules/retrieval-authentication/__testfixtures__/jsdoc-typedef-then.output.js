// @ts-check
// A JSDoc-typed promise chain: the `then` callback's @param names an inline @typedef of the details.

import { kyxAccessToken } from './kyx-auth.mjs';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account.mjs';

// TODO(netverify-migrate): retrieval-authentication: this type describes the legacy retrieval details; transactionResult is not in the KYX workflow details (now: workflow.status + capabilities.authentication[].decision.type)
/**
 * @typedef {{ workflow: { id: string, userReference?: string }, transactionResult: string }} FaceLoginDetails
 */

/**
 * Another API's response with the same field names (the app's own ledger): not the details, left as it is.
 * @typedef {{ transactionReference: string, userReference: string }} LedgerEntry
 */

/** @param {string} reference */
export async function faceLoginOutcome(reference) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.mjs (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  return fetch(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  })
    .then((res) => res.json())
    .then(
      /** @param {FaceLoginDetails} details */
      (details) => ({ user: details.workflow.userReference, id: details.workflow.id }),
    );
}

/** @param {LedgerEntry} entry */
export const ledgerLabel = (entry) => `${entry.userReference}/${entry.transactionReference}`;
