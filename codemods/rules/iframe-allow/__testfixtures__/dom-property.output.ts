const frame = document.querySelector<HTMLIFrameElement>('iframe#jumio')!;

export function start(url: string) {
  frame.allow = "camera; fullscreen; accelerometer; gyroscope; magnetometer";
  frame.allowFullscreen = true;
  frame.src = url;
}

window.addEventListener("message", (event: MessageEvent) => {
  const data = JSON.parse(event.data);
  if (data.payload.value === "error") {
    console.error(data.payload.metainfo.code, data.transactionReference);
  }
});
