// app/javascript/controllers/three_ds_controller.js
// 3-D Secure challenge for card top-ups. The ACS page posts a JSON string when the challenge finishes.
import { Controller } from "@hotwired/stimulus"

export default class extends Controller {
  static targets = ["challenge"]

  connect() {
    this.onMessage = this.onMessage.bind(this)
    window.addEventListener("message", this.onMessage)
    this.challengeTarget.setAttribute("allow", "payment")
  }

  disconnect() {
    window.removeEventListener("message", this.onMessage)
  }

  onMessage(event) {
    let data
    try { data = JSON.parse(event.data) } catch { return }
    if (!data.transactionReference) return
    if (data.payload.value === "success") {
      this.dispatch("authenticated", { detail: { transactionReference: data.transactionReference, eventType: data.eventType } })
    }
  }
}
