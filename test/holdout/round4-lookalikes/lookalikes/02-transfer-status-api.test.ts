import { beforeEach, describe, expect, it, vi } from 'vitest';
import { pollTransfer } from '../src/transfers/poll-transfer';
import { fetchTransferStatus } from '../src/transfers/api';

vi.mock('../src/transfers/api');

describe('pollTransfer', () => {
  beforeEach(() => vi.useFakeTimers());

  it('stops polling once the bank reports the transfer', async () => {
    vi.mocked(fetchTransferStatus)
      .mockResolvedValueOnce({ transactionStatus: 'PENDING', transactionReference: 'FT23150XK9' })
      .mockResolvedValueOnce({ transactionStatus: 'SUCCESS', transactionReference: 'FT23150XK9' });
    const done = pollTransfer('FT23150XK9', { intervalMs: 1000 });
    await vi.advanceTimersByTimeAsync(2000);
    await expect(done).resolves.toEqual({ settled: true, reference: 'FT23150XK9' });
  });

  it('gives up on a rejected transfer', async () => {
    vi.mocked(fetchTransferStatus).mockResolvedValue({ transactionStatus: 'ERROR', transactionReference: 'FT23150XK9', errorCode: 'AC01' });
    await expect(pollTransfer('FT23150XK9', { intervalMs: 1000 })).rejects.toThrow('AC01');
  });
});
