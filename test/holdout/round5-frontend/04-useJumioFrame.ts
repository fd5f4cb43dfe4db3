// composables/useJumioFrame.ts (Nuxt 3, auto-imported)
import { onBeforeUnmount, onMounted, ref } from 'vue'

type NetverifyFrameEvent = {
  authorizationToken: string
  transactionReference: string
  eventType: number
  dateTime: string
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } }
}

export function useJumioFrame(onDone: (reference: string) => void) {
  const state = ref<'loading' | 'ready' | 'error'>('loading')
  const errorCode = ref<number | null>(null)

  function handler(event: MessageEvent) {
    // white-label sub-domain, e.g. https://acme.netverify.com
    if (!/^https:\/\/[a-z0-9-]+\.netverify\.com$/.test(event.origin)) return
    const data = JSON.parse(event.data) as NetverifyFrameEvent

    if (data.payload.value === 'loaded') state.value = 'ready'
    else if (data.payload.value === 'success') onDone(data.transactionReference)
    else {
      state.value = 'error'
      errorCode.value = data.payload.metainfo?.code ?? null
    }
  }

  onMounted(() => window.addEventListener('message', handler))
  onBeforeUnmount(() => window.removeEventListener('message', handler))

  return { state, errorCode }
}
