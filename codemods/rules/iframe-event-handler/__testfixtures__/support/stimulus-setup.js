import { Application } from "@hotwired/stimulus"
import KycFrame from "../stimulus-registered-controller.input.js"
import IdentityCapture from "../stimulus-base-class-controller.input"

const application = Application.start()
application.register("kyc-frame", KycFrame)
application.register("identity--capture", IdentityCapture)
window.Stimulus = application
