/**
 * Vue 2 mixin factory for the screens that embed the Netverify web client (payout app, Vue 2.7 options API).
 *
 *   mixins: [webClientMessages({ verified: 'finishStep', failed: 'showRetry' })]
 *
 * The component gets `webClientState` / `webClientReference` and has the two named methods called with the
 * reference or the error code. One factory, because the payout step and the card-limit step name them differently.
 */
const WEB_CLIENT_ORIGIN = 'https://fernwood.netverify.com'

export function webClientMessages({ verified = 'onIdentityVerified', failed = 'onIdentityFailed' } = {}) {
  return {
    data() {
      return { webClientState: 'idle', webClientReference: null }
    },

    mounted() {
      window.addEventListener('message', this.onWebClientMessage)
    },

    beforeDestroy() {
      window.removeEventListener('message', this.onWebClientMessage)
    },

    methods: {
      onWebClientMessage(event) {
        if (event.origin !== WEB_CLIENT_ORIGIN) return

        let data
        try {
          data = JSON.parse(event.data)
        } catch (e) {
          return
        }

        this.webClientState = data.payload.value
        if (data.payload.value === 'success') {
          this.webClientReference = data.transactionReference
          if (typeof this[verified] === 'function') this[verified](data.transactionReference)
        } else if (data.payload.value === 'error') {
          if (typeof this[failed] === 'function') this[failed](data.payload.metainfo.code)
        }
      },
    },
  }
}
