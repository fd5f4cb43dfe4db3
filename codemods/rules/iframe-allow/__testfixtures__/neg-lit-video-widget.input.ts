import { LitElement, html } from 'lit';

// A video widget's Lit template, no Jumio handler in the file: its frame keeps its own allow list.
export class HelpVideo extends LitElement {
  declare videoId: string;

  render() {
    return html`<iframe src=${`https://www.youtube-nocookie.com/embed/${this.videoId}`} allow="accelerometer; autoplay; gyroscope; picture-in-picture" allowfullscreen></iframe>`;
  }
}
