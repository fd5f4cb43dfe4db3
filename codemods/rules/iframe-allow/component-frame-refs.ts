// A component's own template iframe, reached from its script: the runtime `setAttribute('allow', …)` / `.allow = …`
// on it would undo the list iframe-allow gives the template's tag (as Vue's `this.$refs.frame` does, round 5).
import { Node, SyntaxKind, type PropertyAccessExpression } from '#ts-morph';
import { resolveIdentifier, stringValue, unwrap } from '../../analysis-frontend/syntax.js';

/** A component's reference to its own template iframe (round-6 hold-out): Angular `this.frame.nativeElement` of
 * `@ViewChild('frame')` with `<iframe #frame>` in the file's template (or typed `ElementRef<HTMLIFrameElement>`), React
 * `frameRef.current` of `<iframe ref={frameRef}>` (or `useRef<HTMLIFrameElement>`). */
export function componentFrameRef(u: PropertyAccessExpression): boolean {
  const obj = unwrap(u.getExpression());
  const text = u.getSourceFile().getFullText();
  if (u.getName() === 'nativeElement' && Node.isPropertyAccessExpression(obj) && obj.getExpression().getKind() === SyntaxKind.ThisKeyword) {
    const prop = obj.getFirstAncestorByKind(SyntaxKind.ClassDeclaration)?.getProperty(obj.getName());
    const vc = prop?.getDecorator('ViewChild');
    const ref = vc ? stringValue(vc.getArguments()[0]) : undefined;
    if (!prop || !vc) return false;
    return /ElementRef\s*<\s*HTMLIFrameElement\s*>/.test(prop.getTypeNode()?.getText() ?? '')
      || (ref !== undefined && new RegExp(`<iframe\\b[^>]*#${ref.replace(/[^\w-]/g, '')}(?![\\w-])`, 'i').test(text));
  }
  if (u.getName() !== 'current' || !Node.isIdentifier(obj)) return false;
  const decl = resolveIdentifier(obj);
  const init = decl && Node.isVariableDeclaration(decl) ? decl.getInitializer() : undefined;
  if (!init || !Node.isCallExpression(init) || !/(^|\.)useRef$/.test(init.getExpression().getText())) return false;
  return init.getTypeArguments()[0]?.getText() === 'HTMLIFrameElement'
    || new RegExp(`<iframe\\b[^>]*\\bref=\\{\\s*${obj.getText()}\\s*\\}`).test(text);
}
