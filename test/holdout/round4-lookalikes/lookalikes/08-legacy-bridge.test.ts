// The legacy bridge re-posts KYX web-client events in the old shape for the partner widget we cannot change yet.
import { describe, expect, it, vi } from 'vitest';
import { toLegacyShape } from '../src/identity/legacy-bridge';

describe('toLegacyShape', () => {
  it('maps a KYX success event to the shape the partner widget reads', () => {
    const kyx = { workflowExecutionId: 'wfe-1', accountId: 'acc-1', eventType: 510, dateTime: '2024-05-01T10:00:00Z', payload: { value: 'success' } };
    expect(toLegacyShape(kyx)).toEqual({ transactionReference: 'wfe-1', eventType: 510, dateTime: '2024-05-01T10:00:00Z', payload: { value: 'success' } });
  });

  it('keeps the error code', () => {
    const post = vi.fn();
    const kyx = { workflowExecutionId: 'wfe-2', eventType: 510, payload: { value: 'error', metainfo: { code: 9200 } } };
    post(toLegacyShape(kyx));
    expect(post).toHaveBeenCalledWith({ transactionReference: 'wfe-2', eventType: 510, payload: { value: 'error', metainfo: { code: 9200 } } });
  });
});
