// Legacy Jumio SDKs call the legacy initiate without any URL in the customer's code (npm `jumio` by stagnationlab,
// purple-technology's `jumio-js`, `@jumio/perform-node`). They are recognised by import source and flagged: the
// migration replaces the SDK call with a KYX account request, which the codemod cannot write inside the SDK.
import { Node, SyntaxKind, type CallExpression, type SourceFile } from '#ts-morph';
import { CALLS, calleeNamed, descendantsOfKinds } from '../engine/descendants.js';
import type { EditSet } from './edit-set.js';
import { findDeclaration } from './resolve-binding.js';

const SDK_MODULES = new Set(['jumio', 'jumio-js', '@jumio/perform-node']);
/** SDK methods that start a legacy v4 initiate (an enrolment unless the parameters carry enrollmentTransactionReference). */
const INITIATE_METHODS = new Set(['initiateIdentityVerification', 'getNetVerifyLink']);

function sdkSource(id: Node): string | undefined {
  const decl = findDeclaration(id, id.getText());
  if (!decl) return undefined;
  const imp = Node.isImportDeclaration(decl) ? decl : decl.getFirstAncestorByKind(SyntaxKind.ImportDeclaration);
  if (imp) return SDK_MODULES.has(imp.getModuleSpecifierValue()) ? imp.getModuleSpecifierValue() : undefined;
  if (Node.isVariableDeclaration(decl) || Node.isBindingElement(decl)) {
    const owner = Node.isBindingElement(decl) ? decl.getFirstAncestorByKind(SyntaxKind.VariableDeclaration) : decl;
    const init = owner?.getInitializer()?.getText() ?? '';
    const req = /^require\(\s*['"]([^'"]+)['"]\s*\)/.exec(init)?.[1];
    if (req && SDK_MODULES.has(req)) return req;
    // `const jumio = new Jumio({...})`
    const created = owner?.getInitializer();
    if (created && Node.isNewExpression(created)) {
      const cls = created.getExpression();
      if (Node.isIdentifier(cls)) return sdkSource(cls);
    }
  }
  return undefined;
}

/** Flag SDK initiate calls (`jumio.initiateIdentityVerification({...})`, `client.getNetVerifyLink({...})`). */
export function flagLegacySdkCalls(sf: SourceFile, edits: EditSet): void {
  for (const call of descendantsOfKinds(sf, CALLS, (n) => calleeNamed(n, INITIATE_METHODS)) as CallExpression[]) {
    const callee = call.getExpression();
    if (!Node.isPropertyAccessExpression(callee) || !INITIATE_METHODS.has(callee.getName())) continue;
    let root: Node = callee.getExpression();
    if (Node.isPropertyAccessExpression(root) && Node.isThisExpression(root.getExpression())) {
      // this.jumio.initiate…: the field is typed or initialised with the SDK class
      const cls = root.getFirstAncestorByKind(SyntaxKind.ClassDeclaration);
      const prop = cls?.getProperty(root.getName());
      const init = prop?.getInitializer();
      const typeName = prop?.getTypeNode()?.getText();
      const ctor = init && Node.isNewExpression(init) ? init.getExpression() : undefined;
      const src = ctor && Node.isIdentifier(ctor) ? sdkSource(ctor) : undefined;
      const typeSrc = typeName ? sf.getImportDeclarations().find((d) => SDK_MODULES.has(d.getModuleSpecifierValue()) &&
        d.getNamedImports().some((n) => n.getName() === typeName) || d.getDefaultImport()?.getText() === typeName)?.getModuleSpecifierValue() : undefined;
      const found = src ?? typeSrc;
      if (found) report(call, found, edits);
      continue;
    }
    if (!Node.isIdentifier(root)) continue;
    const src = sdkSource(root);
    if (src) report(call, src, edits);
  }
}

function report(call: Node, sdk: string, edits: EditSet): void {
  edits.addManual(call, `the legacy Jumio SDK '${sdk}' starts a legacy v4 initiate here: replace it with a KYX account request ` +
    `(POST https://account.<region>.jumio.ai/api/v1/accounts with workflowDefinition, Bearer token from kyx-auth), then read web.href / workflowExecution.id`);
}
