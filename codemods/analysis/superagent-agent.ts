// A superagent agent (`const jumio = superagent.agent()`, `request.agent()` with request = superagent, or
// `this.agent = …` in a class): its requests are superagent chains. An agent replays its defaults on every request it
// makes, before the call's own chain runs (superagent's agent-base.js `_setDefaults`): the links chained on
// `agent()` (`superagent.agent().auth(user, secret).set('User-Agent', …)`) and those called on the agent later
// (`jumio.use(plugin)`). A migrated call's own `.set('Authorization', Bearer …)` replaces an `.auth()` or
// `.set('Authorization')` default (one header, the later set wins), so those, the other headers and transport
// settings are harmless; a plugin, a query, a body or response parser, event listeners, a non-JSON content type —
// and for the account PUT a retry count (superagent resends any method) — are not, and leave the call flagged.
import { Node, ts, type CallExpression } from '#ts-morph';
import { clientOfIdentifier, instanceInitializer, mayCreateInstances } from './client-identity.js';
import { unwrap } from './eval-context.js';
import { findDeclaration } from './resolve-binding.js';
import { wrapRaw } from '../engine/descendants.js';

/** Every method an agent records as a default (superagent 3–10, agent-base.js). */
const AGENT_DEFAULTS = new Set(['use', 'on', 'once', 'set', 'query', 'type', 'accept', 'auth', 'withCredentials', 'sortQuery', 'retry', 'ok',
  'redirects', 'timeout', 'buffer', 'serialize', 'parse', 'ca', 'key', 'pfx', 'cert', 'disableTLSCerts']);
/** Defaults that cannot change a KYX request beyond what the migrated call overrides (`type` only for JSON). */
const HARMLESS = new Set(['set', 'type', 'accept', 'auth', 'withCredentials', 'sortQuery', 'ok', 'redirects', 'timeout', 'ca', 'key', 'pfx', 'cert',
  'disableTLSCerts']);

/** The `superagent.agent()` call that made the agent held in `target`, or undefined. */
export function superagentAgent(target: Node): CallExpression | undefined {
  if (!mayCreateInstances(target.getSourceFile().compilerNode, 'agent')) return undefined;
  let e = instanceInitializer(target);
  e = e && unwrap(e);
  // Peel the defaults chained on agent(): `superagent.agent().auth(…).set(…)`.
  while (Node.isCallExpression(e)) {
    const callee = e.getExpression();
    if (!Node.isPropertyAccessExpression(callee)) return undefined;
    const root = callee.getExpression();
    if (callee.getName() === 'agent' && Node.isIdentifier(root)) return clientOfIdentifier(root)?.module === 'superagent' ? e : undefined;
    if (!AGENT_DEFAULTS.has(callee.getName())) return undefined;
    e = unwrap(root);
  }
  return undefined;
}

/** The defaults of the agent made by `made`: chained on it, then called on the agent's const (or `this.<field>` in its
 * class), in document order. */
export function agentDefaults(made: CallExpression): CallExpression[] {
  const out: CallExpression[] = [];
  let top: Node = made;
  for (let pa = top.getParent(); Node.isPropertyAccessExpression(pa) && AGENT_DEFAULTS.has(pa.getName()); pa = top.getParent()) {
    const c = pa.getParent();
    if (!Node.isCallExpression(c) || c.getExpression() !== pa) break;
    out.push(c);
    top = c;
  }
  const holder = unwrap(top).getParent();
  const sf = made.getSourceFile();
  let owner: Node | undefined;
  let matches: (e: ts.Expression) => boolean = () => false;
  if (Node.isVariableDeclaration(holder) && Node.isIdentifier(holder.getNameNode())) {
    const name = holder.getName();
    owner = sf;
    matches = (e) => ts.isIdentifier(e) && e.text === name && findDeclaration(wrapRaw(sf, e), name) === holder;
  } else {
    // `this.agent = superagent.agent()` or a field initialiser: the calls on `this.agent` in the class.
    const field = Node.isBinaryExpression(holder) ? holder.getLeft() : Node.isPropertyDeclaration(holder) ? holder.getNameNode() : undefined;
    const name = field && (Node.isPropertyAccessExpression(field) ? field.getName() : field.getText());
    owner = name ? holder!.getFirstAncestor((a) => Node.isClassDeclaration(a) || Node.isClassExpression(a)) : undefined;
    matches = (e) => ts.isPropertyAccessExpression(e) && e.expression.kind === ts.SyntaxKind.ThisKeyword && e.name.text === name;
  }
  if (!owner) return out;
  // `jumio.set(…).auth(…)`: an agent's default returns the agent.
  const onAgent = (e: ts.Expression): boolean => matches(e) || (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) &&
    AGENT_DEFAULTS.has(e.expression.name.text) && onAgent(e.expression.expression));
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && AGENT_DEFAULTS.has(n.expression.name.text) &&
        onAgent(n.expression.expression)) {
      out.push(wrapRaw(sf, n) as CallExpression);
    }
    ts.forEachChild(n, visit);
  };
  visit(owner.compilerNode);
  return out;
}

/** Why a migrated call through the agent made by `made` is not safe (`put`: it becomes the account PUT), or
 * undefined; `credentials`: a default sets the legacy Authorization header. */
export function agentDefaultsProblem(made: CallExpression, put: boolean): { problem?: string; credentials: boolean } {
  let credentials = false;
  for (const d of agentDefaults(made)) {
    const name = (d.getExpression() as import('ts-morph').PropertyAccessExpression).getName();
    const [a0] = d.getArguments();
    if (name === 'auth' || (name === 'set' && /authorization/i.test(a0?.getText() ?? ''))) credentials = true;
    const where = `the superagent agent's default .${name}(…) (line ${d.getStartLineNumber()})`;
    if (name === 'retry' && put) {
      return { credentials, problem: `${where} resends every request of the agent on a network error or a 5xx, and every KYX account PUT ` +
        'starts a new workflow execution: send this call through superagent itself (or an agent without the retry), then migrate it as in MIGRATION.md' };
    }
    const json = name !== 'type' || /^['"`](json|application\/json)['"`]$/.test(a0?.getText() ?? '');
    // `.auth(u, p, { type: 'auto' })` keeps the credentials, and Node's superagent sets them as a Basic header when the
    // request is sent, after the call's own `.set('Authorization', …)`: only the basic and bearer types are overridden.
    const authOptions = name === 'auth' ? d.getArguments().slice(1).find((a) => !Node.isStringLiteral(a) && !Node.isIdentifier(a) &&
      !Node.isPropertyAccessExpression(a) && !Node.isTemplateExpression(a) && !Node.isNoSubstitutionTemplateLiteral(a)) : undefined;
    const autoAuth = !!authOptions && !/^\{\s*type:\s*['"`](basic|bearer)['"`]\s*,?\s*\}$/.test(authOptions.getText());
    if (autoAuth) {
      return { credentials, problem: `${where} keeps the credentials with a type other than basic or bearer, and Node's superagent sets them ` +
        'as a Basic Authorization header when each request is sent, over the call\'s own Bearer header: send this call through superagent ' +
        'itself (or an agent without them), then migrate it as in MIGRATION.md' };
    }
    if (name !== 'retry' && (!HARMLESS.has(name) || !json)) {
      return { credentials, problem: `${where} also applies to a KYX request sent through the agent, and the codemod cannot tell what it does ` +
        'to it: send this call through superagent itself (or an agent without it), then migrate it as in MIGRATION.md' };
    }
  }
  return { credentials };
}
