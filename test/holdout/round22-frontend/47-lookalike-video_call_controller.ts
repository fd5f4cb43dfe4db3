// app/javascript/controllers/video_call_controller.ts — the advisor video call (Whereby embed).
import { Controller } from '@hotwired/stimulus';

export default class extends Controller<HTMLElement> {
  static targets = ['frame', 'status'];
  static values = { url: String, origin: String };

  declare readonly frameTarget: HTMLIFrameElement;
  declare readonly statusTarget: HTMLElement;
  declare readonly urlValue: string;
  declare readonly originValue: string;

  connect(): void {
    this.frameTarget.allow = 'camera; microphone; fullscreen; display-capture';
    this.frameTarget.src = this.urlValue;
    window.addEventListener('message', this.handleMessage);
  }

  disconnect(): void {
    window.removeEventListener('message', this.handleMessage);
  }

  private handleMessage = (event: MessageEvent<string>): void => {
    if (this.originValue && event.origin !== this.originValue) return;
    const data = JSON.parse(event.data);
    if (data.eventType === 'participant_joined') {
      this.statusTarget.textContent = 'Your advisor has joined';
      return;
    }
    if (data.eventType === 'call_ended') {
      this.statusTarget.textContent = 'Call ended';
      this.dispatch('ended', { detail: { room: data.payload.value } });
    }
  };
}
