export function useJumioFrame(onDone: (reference: string) => void) {
  function listener(event: MessageEvent) {
    const data = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
    if (data?.payload?.value === 'success') onDone(data.workflowExecutionId);
  }
  onMounted(() => window.addEventListener('message', listener));
  onBeforeUnmount(() => window.removeEventListener('message', listener));
}
