// The callbacks a followed promise or response hands its value to: `.then((r) => …)` (or a named handler of the file,
// param-handlers.ts), `.catch` / `.finally` (the value passes through; a `.catch(() => ({}))` stand-in is flagged), and
// superagent's `.end((err, res) => …)`. The flow (response-flow.ts) says what the bound name does next.
import { passThroughTap } from './result-wrappers.js';
import { Node } from '#ts-morph';
import type { EditSet } from './edit-set.js';
import type { FlowSteps } from './combined-values.js';
import { handlerParameters } from './param-handlers.js';
import { catchStandIn, flagStandIn } from './settling-wrappers.js';

/** `access` is `p.then` / `p.catch` / `p.finally` of a promise of the value. */
export function throughThen(access: Node, name: string, steps: FlowSteps, edits: EditSet): void {
  const call = access.getParent();
  if (!Node.isCallExpression(call)) return;
  if (name === 'then') {
    const cb = call.getArguments()[0];
    const tapped = cb && passThroughTap(cb); // the file's own `tap(effect)`: the effect gets it, the `.then` keeps it
    if (tapped) {
      const e = tapped.getParameters()[0];
      if (e) steps.bind(e.getNameNode(), e.getTypeNode());
      return steps.visit(call);
    }
    const params = cb ? handlerParameters(cb) : undefined; // `.then((r) => …)`, `.then(onStarted)`
    const p = params?.[0];
    if (p) steps.bind(p.getNameNode(), p.getTypeNode());
    else if (!params && cb) steps.leaves(cb);
    return;
  }
  if (name === 'catch') flagStandIn(catchStandIn(call), edits, 'web.href / workflowExecution.id'); // `.catch(() => ({}))`
  steps.visit(call); // .catch / .finally pass the value through
}

/** superagent's `req.end((err, res) => …)`: `steps` (at the response's level) bind the callback's second parameter. */
export function throughSuperagentEnd(access: Node, steps: FlowSteps): void {
  const call = access.getParent();
  if (!Node.isCallExpression(call)) return;
  const cb = call.getArguments()[0];
  const params = cb ? handlerParameters(cb) : undefined;
  const res = params?.[1];
  if (res) steps.bind(res.getNameNode(), res.getTypeNode());
  else if (!params && cb) steps.leaves(cb);
}
