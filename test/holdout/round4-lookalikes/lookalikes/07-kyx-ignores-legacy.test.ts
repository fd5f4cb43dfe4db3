// Regression test written after the KYX migration: the hook must ignore anything shaped like the retired
// Netverify client's events (a stale tab, a cached page), and react to KYX events only.
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useIdentityFrameEvents } from '../src/identity/useIdentityFrameEvents';

const ORIGIN = 'https://acme.web.emea-1.jumio.ai';
const post = (data: unknown) => window.dispatchEvent(new MessageEvent('message', { origin: ORIGIN, data: JSON.stringify(data) }));

describe('useIdentityFrameEvents', () => {
  it('ignores events in the legacy shape', () => {
    const onDone = vi.fn();
    renderHook(() => useIdentityFrameEvents({ onDone }));
    act(() => post({ transactionReference: 'c0ffee', eventType: 510, payload: { value: 'success' } }));
    expect(onDone).not.toHaveBeenCalled();
  });

  it('reports a KYX success', () => {
    const onDone = vi.fn();
    renderHook(() => useIdentityFrameEvents({ onDone }));
    act(() => post({ workflowExecutionId: 'c0ffee', accountId: 'a1', eventType: 510, payload: { value: 'success' } }));
    expect(onDone).toHaveBeenCalledWith('c0ffee');
  });
});
