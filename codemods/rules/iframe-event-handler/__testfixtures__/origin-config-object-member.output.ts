const FRAME_CONFIG = {
  origin: 'https://bank.web.emea-1.jumio.ai',
  height: 660,
};

export function onKycMessage(event: MessageEvent<string>): string | undefined {
  if (event.origin !== FRAME_CONFIG.origin) return undefined;
  const msg = JSON.parse(event.data);
  return msg.payload.value === 'success' ? msg.workflowExecutionId : undefined;
}

window.addEventListener('message', onKycMessage);
