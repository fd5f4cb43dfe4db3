// Support file of the stimulus-controller-page fixture (the controller its data-controller names).
import { Controller } from "@hotwired/stimulus"

export default class extends Controller {
  connect() {
    this.listener = (e) => this.receive(e)
    window.addEventListener("message", this.listener)
  }

  disconnect() {
    window.removeEventListener("message", this.listener)
  }

  receive(e) {
    if (!e.origin.endsWith(".netverify.com")) return
    const data = JSON.parse(e.data)
    if (data.payload.value === "success") this.element.dataset.reference = data.transactionReference
  }
}
