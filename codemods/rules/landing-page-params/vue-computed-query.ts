// Vue's options API: a computed property that returns the route's query, `computed: { query() { return
// this.$route.query } }` (also `query: function () { … }`), read in the template as `query.transactionStatus`. It is
// the same object as `$route.query`, so its template reads join that group (vue-template.ts). Such a page passed
// silently before: neither the script nor the template spelled `$route.query.<name>`.
import { Node, type SourceFile } from '#ts-morph';
import { soleReturnedExpression, unwrap } from '../../analysis-frontend/syntax.js';

/** The component's options objects: `export default {…}`, `export default defineComponent({…})`, `Vue.extend({…})`. */
function componentOptions(sf: SourceFile): Node[] {
  const out: Node[] = [];
  for (const ea of sf.getExportAssignments()) {
    const e = unwrap(ea.getExpression());
    const obj = Node.isCallExpression(e) ? e.getArguments()[0] : e;
    if (obj && Node.isObjectLiteralExpression(unwrap(obj))) out.push(unwrap(obj));
  }
  return out;
}

/** Names of the computed properties that return `this.$route.query` itself. */
export function computedQueryNames(sf: SourceFile): string[] {
  if (!sf.getFullText().includes('computed')) return [];
  const out: string[] = [];
  for (const options of componentOptions(sf)) {
    if (!Node.isObjectLiteralExpression(options)) continue;
    const computed = options.getProperty('computed');
    const value = computed && Node.isPropertyAssignment(computed) ? unwrap(computed.getInitializerOrThrow()) : undefined;
    if (!value || !Node.isObjectLiteralExpression(value)) continue;
    for (const member of value.getProperties()) {
      if (!Node.isMethodDeclaration(member) && !Node.isPropertyAssignment(member)) continue;
      const name = member.getNameNode();
      // A method or a function expression: an arrow's `this` is not the component.
      const fn = Node.isPropertyAssignment(member) ? member.getInitializer() : member;
      const ret = fn && (Node.isMethodDeclaration(fn) || Node.isFunctionExpression(fn)) ? soleReturnedExpression(fn) : undefined;
      if (Node.isIdentifier(name) && ret && unwrap(ret).getText().replace(/\s+/g, '') === 'this.$route.query') out.push(name.getText());
    }
  }
  return out;
}
