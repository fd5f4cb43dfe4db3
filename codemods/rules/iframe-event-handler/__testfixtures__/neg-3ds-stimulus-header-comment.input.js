// controllers/challenge_controller.js
// 3-D Secure challenge for card top-ups: the ACS result page relays the outcome as a JSON string.
import { Controller } from "@hotwired/stimulus"

export default class extends Controller {
  connect() {
    this.onMessage = this.onMessage.bind(this)
    window.addEventListener("message", this.onMessage)
  }

  disconnect() {
    window.removeEventListener("message", this.onMessage)
  }

  onMessage(event) {
    let data
    try { data = JSON.parse(event.data) } catch { return }
    if (!data.transactionReference) return
    if (data.payload.value === "success") {
      this.dispatch("authenticated", { detail: { reference: data.transactionReference, eventType: data.eventType } })
    }
  }
}
