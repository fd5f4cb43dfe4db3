// Hyperapp subscription: Calendly inline widget events.
const CalendlyEvents = (dispatch, props) => {
  const handler = (e) => {
    if (e.origin !== 'https://calendly.com') return;
    if (!e.data.event || e.data.event.indexOf('calendly.') !== 0) return;
    if (e.data.event === 'calendly.event_scheduled') {
      dispatch(props.onScheduled, { event: e.data.payload.event.uri, invitee: e.data.payload.invitee.uri });
    }
  };
  addEventListener('message', handler);
  return () => removeEventListener('message', handler);
};

export const onCalendly = (props) => [CalendlyEvents, props];
