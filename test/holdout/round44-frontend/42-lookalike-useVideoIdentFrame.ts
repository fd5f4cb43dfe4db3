// Composable for the claim's video-identification step (Identa VideoIdent): listens to the agent session's frame
// while the calling component is mounted and exposes what the template needs. The frame itself lives in the
// component (VideoIdentStep.vue).
import { onBeforeUnmount, onMounted, readonly, ref } from 'vue';
import * as env from './42-lookalike-env';

interface VideoIdentEvent {
  transactionReference: string;
  sessionToken: string;
  eventType: number;
  dateTime: string;
  payload: {
    value: 'loaded' | 'agent-joined' | 'completed' | 'aborted';
    reason?: string;
  };
}

export type VideoIdentState = 'loading' | 'waiting' | 'in-call' | 'completed' | 'aborted' | 'expired';

export interface UseVideoIdentFrameOptions {
  onCompleted(reference: string): void;
  onAborted?(reason: string | null): void;
}

export function useVideoIdentFrame(options: UseVideoIdentFrameOptions) {
  const state = ref<VideoIdentState>('loading');
  const abortReason = ref<string | null>(null);
  const reference = ref<string | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;

  function onMessage(event: MessageEvent): void {
    if (!env.VIDEO_IDENT_ORIGINS.includes(event.origin)) return;
    if (typeof event.data !== 'string') return;

    const data: VideoIdentEvent = JSON.parse(event.data);
    reference.value = data.transactionReference;

    if (data.payload.value === 'loaded') {
      state.value = 'waiting';
    } else if (data.payload.value === 'agent-joined') {
      state.value = 'in-call';
    } else if (data.payload.value === 'completed') {
      state.value = 'completed';
      options.onCompleted(data.transactionReference);
    } else if (data.payload.value === 'aborted') {
      state.value = 'aborted';
      abortReason.value = data.payload.reason ?? null;
      options.onAborted?.(abortReason.value);
    }
  }

  onMounted(() => {
    window.addEventListener('message', onMessage);
    timer = setTimeout(() => {
      if (state.value === 'loading' || state.value === 'waiting') state.value = 'expired';
    }, env.VIDEO_IDENT_TIMEOUT_MS);
  });

  onBeforeUnmount(() => {
    window.removeEventListener('message', onMessage);
    clearTimeout(timer);
  });

  return {
    state: readonly(state),
    abortReason: readonly(abortReason),
    reference: readonly(reference),
  };
}
