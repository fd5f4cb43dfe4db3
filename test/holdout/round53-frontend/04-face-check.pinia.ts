// Face-check store of Velo Rent's account recovery (Pinia options store). FaceCheckPanel hands it every event the
// Jumio web client posts; the recovery stepper, the support banner and the panel itself read the getters.
import { defineStore } from 'pinia';

/** An event of the web client (posted to the panel's window as a JSON string, event type 510). */
export interface FaceCheckEvent {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: {
    value: 'loaded' | 'success' | 'error';
    metainfo?: { code: number };
  };
}

export const useFaceCheckStore = defineStore('faceCheck', {
  state: () => ({
    event: null as FaceCheckEvent | null,
    confirming: false,
    confirmed: false,
  }),

  getters: {
    phase: (state) => state.event?.payload.value ?? 'waiting',
    reference: (state) => state.event?.transactionReference ?? null,
    errorCode: (state) => state.event?.payload.metainfo?.code ?? null,
    lastUpdate(): Date | null {
      return this.event ? new Date(this.event.dateTime) : null;
    },
  },

  actions: {
    setEvent(event: FaceCheckEvent) {
      this.event = event;
    },

    async confirm() {
      if (!this.event || this.confirming) return;
      this.confirming = true;
      try {
        const res = await fetch('/api/recovery/face-check', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ reference: this.event.transactionReference }),
        });
        this.confirmed = res.ok;
      } finally {
        this.confirming = false;
      }
    },
  },
});
