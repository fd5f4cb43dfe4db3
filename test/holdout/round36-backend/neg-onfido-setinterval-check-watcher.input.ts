// Branch kiosks, identity checks run by Onfido (EU region): a customer who starts a check at a kiosk is watched until
// the check is complete. One interval per check; the interval is cleared as soon as a lookup answers with a final
// status (or after too many attempts), and the outcome goes to the kiosk gateway as an event, its result mapped onto
// the kiosk's own verdicts through a Record lookup checked with `satisfies`.
import { EventEmitter } from 'node:events';
import axios from 'axios';

const ONFIDO_CHECKS = 'https://api.eu.onfido.com/v3.6/checks/';
const POLL_EVERY_MS = 15_000;
const MAX_ATTEMPTS = 40;

interface OnfidoCheck {
  id: string;
  status: 'in_progress' | 'awaiting_applicant' | 'complete' | 'withdrawn' | 'paused' | 'reopened';
  result?: 'clear' | 'consider';
  applicant_id: string;
  created_at: string;
}

type KioskVerdict = 'approved' | 'refer_to_staff';

const VERDICT = { clear: 'approved', consider: 'refer_to_staff' } as const satisfies Record<NonNullable<OnfidoCheck['result']>, KioskVerdict>;

export interface KioskCheckSettled {
  checkId: string;
  applicantId: string;
  verdict: KioskVerdict;
}

export class KioskCheckWatcher extends EventEmitter {
  private readonly timers = new Map<string, ReturnType<typeof setInterval>>();

  watch(checkId: string): void {
    if (this.timers.has(checkId)) return;
    let attempts = 0;

    const timer = setInterval(async () => {
      attempts += 1;
      try {
        const { data } = await axios.get<OnfidoCheck>(ONFIDO_CHECKS + checkId, {
          headers: { Accept: 'application/json', Authorization: `Token token=${process.env.ONFIDO_API_TOKEN}`, 'User-Agent': 'Straits Kiosk Gateway/2.4' },
        });
        if (data.status !== 'complete' && data.status !== 'withdrawn') {
          if (attempts >= MAX_ATTEMPTS) this.stop(checkId, 'timeout');
          return;
        }
        clearInterval(timer);
        this.timers.delete(checkId);
        const settled: KioskCheckSettled = {
          checkId: data.id,
          applicantId: data.applicant_id,
          verdict: data.result ? VERDICT[data.result] : 'refer_to_staff',
        };
        this.emit('settled', settled);
      } catch (err) {
        this.emit('poll-error', checkId, err);
        if (attempts >= MAX_ATTEMPTS) this.stop(checkId, 'error');
      }
    }, POLL_EVERY_MS);

    this.timers.set(checkId, timer);
  }

  stop(checkId: string, reason: 'timeout' | 'error' | 'cancelled' = 'cancelled'): void {
    const timer = this.timers.get(checkId);
    if (timer === undefined) return;
    clearInterval(timer);
    this.timers.delete(checkId);
    this.emit('stopped', checkId, reason);
  }
}
