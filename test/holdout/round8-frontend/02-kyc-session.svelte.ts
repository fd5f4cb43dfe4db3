// Svelte 5 rune module: one identity-check session shared by the wizard's steps.
type Step = 'idle' | 'loaded' | 'success' | 'error';

export class KycSession {
  step = $state<Step>('idle');
  reference = $state<string | null>(null);
  errorCode = $state<number | null>(null);

  /** Starts listening to the Jumio web client's events; returns the cleanup for $effect. */
  listen(): () => void {
    const onMessage = (event: MessageEvent) => {
      let msg;
      try {
        msg = JSON.parse(event.data);
      } catch {
        return;
      }
      if (msg.eventType !== 510) return;
      this.step = msg.payload.value;
      if (msg.payload.value === 'success') this.reference = msg.transactionReference;
      if (msg.payload.value === 'error') this.errorCode = msg.payload.metainfo?.code ?? null;
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }
}

export const kycSession = new KycSession();
