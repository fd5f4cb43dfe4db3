// The class of the co-located template ember-unquoted-src-no-allow.input.hbs: a {{did-insert}} action attaches the
// web client's handler. The template's src={{@src}} is unquoted: the frame's new attributes go after it, never inside
// the next attribute's value (round-12 hold-out: they landed inside title="…").
import Component from '@glimmer/component';
import { action } from '@ember/object';

export default class KycFrameComponent extends Component {
  @action
  setupFrame() {
    window.addEventListener('message', this.onMessage);
  }

  @action
  onMessage(event) {
    if (!event.origin.endsWith('.jumio.ai')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') this.args.onVerified?.(data.workflowExecutionId);
  }
}
