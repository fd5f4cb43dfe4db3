/**
 * Vue 2 mixin: listens for the Netverify web client's iframe events.
 * Components using it implement onJumioSuccess / onJumioError.
 */
export const jumioMessagesMixin = {
  data() {
    return { jumioState: 'idle' }
  },
  mounted() {
    window.addEventListener('message', this.onJumioMessage, false)
  },
  beforeDestroy() {
    window.removeEventListener('message', this.onJumioMessage, false)
  },
  methods: {
    onJumioMessage(e) {
      let data
      try {
        data = typeof e.data === 'string' ? JSON.parse(e.data) : null
      } catch (_) {
        return
      }
      if (!data || !data.transactionReference) return // not ours

      this.jumioState = data.payload.value
      switch (data.payload.value) {
        case 'success':
          this.onJumioSuccess && this.onJumioSuccess(data.transactionReference)
          break
        case 'error':
          this.onJumioError && this.onJumioError(data.payload.metainfo && data.payload.metainfo.code)
          break
      }
    },
  },
}
