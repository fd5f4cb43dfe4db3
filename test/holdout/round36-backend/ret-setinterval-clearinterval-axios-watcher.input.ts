// Branch kiosks (SG data centre): a customer who starts a face login at a kiosk is watched until the vendor has a
// final result. One interval per reference; the interval is cleared as soon as a retrieval answers with a final
// result (or after too many attempts), and the outcome goes to the kiosk gateway as an event.
import { EventEmitter } from 'node:events';
import axios from 'axios';

const NETVERIFY_SG_AUTHENTICATIONS = 'https://core-sgp.jumio.com/api/netverify/v2/authentications/';
const POLL_EVERY_MS = 15_000;
const MAX_ATTEMPTS = 40;

const JUMIO_CREDENTIALS = {
  username: process.env.JUMIO_SG_API_TOKEN ?? '',
  password: process.env.JUMIO_SG_API_SECRET ?? '',
};

interface AuthenticationDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

export interface KioskFaceLoginSettled {
  reference: string;
  customerId: string | undefined;
  passed: boolean;
}

type StopReason = 'timeout' | 'error' | 'cancelled';

export class KioskFaceLoginWatcher extends EventEmitter {
  private readonly timers = new Map<string, ReturnType<typeof setInterval>>();

  watch(reference: string): void {
    if (this.timers.has(reference)) return;
    let attempts = 0;

    const timer = setInterval(async () => {
      attempts += 1;
      try {
        const { data } = await axios.get<AuthenticationDetails>(NETVERIFY_SG_AUTHENTICATIONS + reference, {
          auth: JUMIO_CREDENTIALS,
          headers: { Accept: 'application/json', 'User-Agent': 'Straits Kiosk Gateway/2.4' },
        });
        if (data.transactionResult === 'CREATED' || data.transactionResult === 'STARTED') {
          if (attempts >= MAX_ATTEMPTS) this.stop(reference, 'timeout');
          return;
        }
        clearInterval(timer);
        this.timers.delete(reference);
        const settled: KioskFaceLoginSettled = {
          reference: data.transactionReference,
          customerId: data.userReference,
          passed: data.transactionResult === 'PASSED',
        };
        this.emit('settled', settled);
      } catch (err) {
        this.emit('poll-error', reference, err);
        if (attempts >= MAX_ATTEMPTS) this.stop(reference, 'error');
      }
    }, POLL_EVERY_MS);

    this.timers.set(reference, timer);
  }

  stop(reference: string, reason: StopReason = 'cancelled'): void {
    const timer = this.timers.get(reference);
    if (timer === undefined) return;
    clearInterval(timer);
    this.timers.delete(reference);
    this.emit('stopped', reference, reason);
  }

  stopAll(): void {
    for (const reference of [...this.timers.keys()]) this.stop(reference);
  }
}
