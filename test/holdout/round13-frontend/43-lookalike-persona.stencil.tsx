// Stencil component embedding the Persona inquiry flow.
import { Component, Element, Event, EventEmitter, Listen, Prop, h } from '@stencil/core';

@Component({ tag: 'persona-frame', shadow: true })
export class PersonaFrame {
  @Element() el!: HTMLElement;
  @Prop() url!: string;
  @Event() completed!: EventEmitter<string>;

  componentDidLoad() {
    const frame = this.el.shadowRoot!.querySelector('iframe')!;
    frame.setAttribute('allow', 'camera;fullscreen');
  }

  @Listen('message', { target: 'window' })
  onMessage(ev: MessageEvent) {
    if (!ev.origin.endsWith('withpersona.com')) return;
    const data = JSON.parse(ev.data);
    if (data.name === 'complete') this.completed.emit(data.metadata.inquiryId);
  }

  render() {
    return <iframe src={this.url} width="100%" height="660" />;
  }
}
