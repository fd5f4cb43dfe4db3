/**
 * Vue 2 mixin factory for the screens that embed our video consultation room (payout app, Vue 2.7 options API).
 *
 *   mixins: [videoRoomMessages({ joined: 'startTimer', left: 'showFeedback' })]
 *
 * The component gets `roomState` / `roomParticipant` and has the two named methods called with the participant id
 * or the reason the call ended. One factory, because the advice step and the complaint step name them differently.
 */
const ROOM_ORIGIN = 'https://harbourclinic.whereby.com'

export function videoRoomMessages({ joined = 'onRoomJoined', left = 'onRoomLeft' } = {}) {
  return {
    data() {
      return { roomState: 'idle', roomParticipant: null }
    },

    mounted() {
      window.addEventListener('message', this.onRoomMessage)
    },

    beforeDestroy() {
      window.removeEventListener('message', this.onRoomMessage)
    },

    methods: {
      onRoomMessage(event) {
        if (event.origin !== ROOM_ORIGIN) return

        let data
        try {
          data = JSON.parse(event.data)
        } catch (e) {
          return
        }

        this.roomState = data.type
        if (data.type === 'join') {
          this.roomParticipant = data.payload.participantId
          if (typeof this[joined] === 'function') this[joined](data.payload.participantId)
        } else if (data.type === 'leave') {
          if (typeof this[left] === 'function') this[left](data.payload.reason)
        }
      },
    },
  }
}
