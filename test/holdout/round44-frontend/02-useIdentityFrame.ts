// Composable for the identity-check step: listens to the web client's frame while the calling component is
// mounted and exposes what the template needs. The frame itself lives in the component (IdentityStep.vue).
import { onBeforeUnmount, onMounted, readonly, ref } from 'vue';
import * as env from './02-env';

interface FrameEvent {
  transactionReference: string;
  authorizationToken: string;
  eventType: number;
  dateTime: string;
  payload: {
    value: 'loaded' | 'success' | 'error';
    metainfo?: { code: number };
  };
}

export type IdentityFrameState = 'loading' | 'capturing' | 'verified' | 'failed' | 'expired';

export interface UseIdentityFrameOptions {
  onVerified(reference: string): void;
  onFailed?(code: number | null): void;
}

export function useIdentityFrame(options: UseIdentityFrameOptions) {
  const state = ref<IdentityFrameState>('loading');
  const errorCode = ref<number | null>(null);
  const reference = ref<string | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;

  function onMessage(event: MessageEvent): void {
    if (!env.IDENTITY_FRAME_ORIGINS.includes(event.origin)) return;
    if (typeof event.data !== 'string') return;

    const data: FrameEvent = JSON.parse(event.data);
    reference.value = data.transactionReference;

    if (data.payload.value === 'loaded') {
      state.value = 'capturing';
    } else if (data.payload.value === 'success') {
      state.value = 'verified';
      options.onVerified(data.transactionReference);
    } else if (data.payload.value === 'error') {
      state.value = 'failed';
      errorCode.value = data.payload.metainfo?.code ?? null;
      options.onFailed?.(errorCode.value);
    }
  }

  onMounted(() => {
    window.addEventListener('message', onMessage);
    timer = setTimeout(() => {
      if (state.value === 'loading' || state.value === 'capturing') state.value = 'expired';
    }, env.IDENTITY_STEP_TIMEOUT_MS);
  });

  onBeforeUnmount(() => {
    window.removeEventListener('message', onMessage);
    clearTimeout(timer);
  });

  return {
    state: readonly(state),
    errorCode: readonly(errorCode),
    reference: readonly(reference),
  };
}
