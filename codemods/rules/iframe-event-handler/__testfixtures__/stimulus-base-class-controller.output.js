// A controller extending the app's own base class (StimulusReflex style): no Stimulus import of its own. Registered
// as "identity--capture" in support/stimulus-setup.js; the view calls onFrameMessage on window messages.
import ApplicationController from "./support/application_controller"

export default class IdentityCapture extends ApplicationController {
  onFrameMessage({ data }) {
    const event = typeof data === "string" ? JSON.parse(data) : data
    if (event.payload.value === "error") this.showError(event.payload.metainfo.code)
    else if (event.payload.value === "success") this.stimulate("Kyc#complete", event.workflowExecutionId)
  }
}
