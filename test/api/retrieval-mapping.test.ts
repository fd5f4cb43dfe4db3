import { describe, expect, it } from 'vitest';
import {
  AUTH_RETRIEVAL_FIELDS,
  findRetrievalField,
  kyxWorkflowDetailsUrl,
  toLegacyAuthRetrieval,
  TRANSACTION_RESULT_TABLE,
  transactionResultTableText,
} from '../../api/retrieval-mapping.js';
import type { KyxWorkflowDetails } from '../../api/kyx-types.js';

function details(over: Partial<KyxWorkflowDetails> = {}): KyxWorkflowDetails {
  return {
    createdAt: '2026-01-02T03:04:05.000Z',
    account: { id: 'acc-1' },
    workflow: { id: 'wf-1', status: 'PROCESSED', definitionKey: '9', userReference: 'user-7', customerInternalReference: 'cir' },
    credentials: [
      { id: 'c-id', category: 'ID' },
      { id: 'c-selfie', category: 'SELFIE', parts: [{ classifier: 'FACE', href: 'https://retrieval.emea-1.jumio.ai/face' }] },
    ],
    capabilities: {
      authentication: [{ id: 'a', credentials: [], decision: { type: 'PASSED', details: { label: 'OK' } } }],
    },
    ...over,
  };
}

describe('retrieval mapping', () => {
  it('covers every legacy retrieval field exactly once', () => {
    const names = AUTH_RETRIEVAL_FIELDS.map((f) => f.legacy);
    expect(new Set(names).size).toBe(names.length);
    expect(names.sort()).toEqual(
      ['enrollmentTransactionReference', 'images', 'livenessImages', 'scanSource', 'transactionDate', 'transactionReference', 'transactionResult', 'userReference'].sort(),
    );
  });

  it('has plain paths only for exact moves', () => {
    for (const f of AUTH_RETRIEVAL_FIELDS) expect(f.kyx !== undefined).toBe(f.certainty === 'exact');
    expect(findRetrievalField('transactionReference')?.kyx).toEqual(['workflow', 'id']);
    expect(findRetrievalField('userReference')?.kyx).toEqual(['workflow', 'userReference']);
    expect(findRetrievalField('transactionResult')?.certainty).toBe('derived');
    expect(findRetrievalField('scanSource')?.certainty).toBe('lost');
    expect(findRetrievalField('redirectUrl')).toBeUndefined();
  });

  it('lists the six legacy results in the table text', () => {
    expect(TRANSACTION_RESULT_TABLE.map((r) => r.legacy)).toEqual(['CREATED', 'STARTED', 'PASSED', 'FAILED', 'INVALID', 'EXPIRED']);
    expect(transactionResultTableText()).toContain('PASSED → workflow.status PROCESSED and capabilities.authentication[].decision.type PASSED');
  });

  it('builds the retrieval URL', () => {
    expect(kyxWorkflowDetailsUrl('emea-1', 'a1', 'w1')).toBe('https://retrieval.emea-1.jumio.ai/api/v1/accounts/a1/workflow-executions/w1');
  });

  it('converts details to the legacy shape', () => {
    expect(toLegacyAuthRetrieval(details(), { enrollmentTransactionReference: 'enr-1' })).toEqual({
      transactionReference: 'wf-1',
      enrollmentTransactionReference: 'enr-1',
      transactionResult: 'PASSED',
      transactionDate: '2026-01-02T03:04:05.000Z',
      scanSource: 'WEB',
      userReference: 'user-7',
      images: [{ classifier: 'face', href: 'https://retrieval.emea-1.jumio.ai/face' }],
    });
    const rejected = details({ capabilities: { authentication: [{ id: 'a', credentials: [], decision: { type: 'REJECTED', details: { label: 'FAILED' } } }] } });
    expect(toLegacyAuthRetrieval(rejected, { enrollmentTransactionReference: 'e' }).transactionResult).toBe('FAILED');
    const expired = details({ workflow: { id: 'w', status: 'TOKEN_EXPIRED', definitionKey: '9' }, credentials: [] });
    const legacy = toLegacyAuthRetrieval(expired, { enrollmentTransactionReference: 'e', scanSource: 'SDK' });
    expect(legacy.transactionResult).toBe('EXPIRED');
    expect(legacy.scanSource).toBe('SDK');
    expect(legacy).not.toHaveProperty('userReference');
    expect(legacy).not.toHaveProperty('images');
  });
});
