// app/javascript/controllers/kyc_controller.js
// Stimulus controller wrapping the Jumio Netverify iframe (see app/views/kyc/show.html.erb (02-show.html.erb here))
import { Controller } from "@hotwired/stimulus"

export default class extends Controller {
  static targets = ["frame", "status"]
  static values = { completeUrl: String }

  connect() {
    this.boundOnMessage = this.onMessage.bind(this)
    window.addEventListener("message", this.boundOnMessage)
  }

  disconnect() {
    window.removeEventListener("message", this.boundOnMessage)
  }

  onMessage(event) {
    if (!event.origin.endsWith(".netverify.com")) return

    const data = JSON.parse(event.data)
    this.statusTarget.textContent = data.payload.value

    if (data.payload.value === "success") {
      this.dispatch("completed", { detail: { reference: data.transactionReference } })
      fetch(this.completeUrlValue, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-CSRF-Token": document.querySelector("meta[name=csrf-token]").content },
        body: JSON.stringify({ transaction_reference: data.transactionReference }),
      })
    }
  }
}
