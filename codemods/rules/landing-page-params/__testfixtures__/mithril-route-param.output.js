// Mithril: m.route.param('name') reads the current route's query parameter.
import m from 'mithril';

export const VerifyDone = {
  view() {
    const ok = m.route.param('acquisitionStatus') === 'SUCCESS';
    return m('p', ok ? `Submitted ${m.route.param('workflowExecutionId')}` : 'Failed');
  },
};
