// A video call component: its messages are not the web client's, so its template's frame is left alone.
import Component from '@glimmer/component';

export default class VideoCallComponent extends Component {
  get embedUrl() {
    return `https://meet.example.com/${this.args.room}`;
  }
}
