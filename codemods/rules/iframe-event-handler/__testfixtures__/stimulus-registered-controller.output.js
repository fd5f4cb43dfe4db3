// A Stimulus controller outside controllers/ and not named *_controller.js: support/stimulus-setup.js registers it by
// hand as "kyc-frame", and the view attaches relay to window messages (message@window->kyc-frame#relay).
import { Controller } from "@hotwired/stimulus"

export default class extends Controller {
  static targets = ["reference"]

  relay(event) {
    const data = JSON.parse(event.data)
    if (data.payload.value === "loaded") return
    if (data.payload.value === "success") {
      this.referenceTarget.value = data.workflowExecutionId
      this.element.requestSubmit()
    }
  }
}
