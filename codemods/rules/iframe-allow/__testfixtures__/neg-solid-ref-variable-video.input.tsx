// Support video call, SolidJS.
import { onMount } from 'solid-js';

export function CallFrame(props: { url: string }) {
  let el: HTMLIFrameElement | undefined;
  onMount(() => {
    el!.setAttribute('allow', 'camera;fullscreen');
  });
  return <iframe ref={el} src={props.url} allow="camera;fullscreen" />;
}
