// NestJS HttpService's `axiosRef` held under another name: `const ref = this.http.axiosRef` in the method, a field
// (`private readonly api = this.http.axiosRef`, `this.api = http.axiosRef` in the constructor, from its `http:
// HttpService` parameter) or a destructuring (`const { axiosRef } = this.http`). It is the same axios instance as
// `this.http.axiosRef` (axios's own promises), so its calls are recognised like those (http-calls.ts).
import { Node } from '#ts-morph';
import { instanceInitializer } from './client-identity.js';
import { unwrap } from './eval-context.js';
import { injectedHttpService } from './http-call-forms.js';
import { findDeclaration } from './resolve-binding.js';
import { fileSpells } from './file-spells.js';

/** `<x>.axiosRef` of a NestJS HttpService (`this.http`, or a constructor parameter typed HttpService from @nestjs/axios). */
export function isNestAxiosRef(e: Node | undefined): boolean {
  const t = e && unwrap(e);
  if (!Node.isPropertyAccessExpression(t) || t.getName() !== 'axiosRef') return false;
  return nestHttpService(t.getExpression());
}

function nestHttpService(e: Node): boolean {
  const t = unwrap(e);
  if (injectedHttpService(t)?.kind === 'nest') return true;
  if (!Node.isIdentifier(t)) return false;
  const p = findDeclaration(t, t.getText());
  if (!Node.isParameterDeclaration(p) || p.getTypeNode()?.getText() !== 'HttpService') return false;
  return p.getSourceFile().getImportDeclarations().some((d) => /^@nestjs\/(axios|common)$/.test(d.getModuleSpecifierValue()) &&
    d.getNamedImports().some((n) => n.getName() === 'HttpService'));
}

/** `target` (the object a call's method is taken off) holds a NestJS HttpService's axiosRef under another name. */
export function aliasedNestAxiosRef(target: Node): boolean {
  const t = unwrap(target);
  if (!fileSpells(t.getSourceFile().compilerNode, 'axiosRef')) return false;
  if (Node.isIdentifier(t)) {
    const decl = findDeclaration(t, t.getText());
    // `const { axiosRef } = this.http` (or `{ axiosRef: ref }`)
    if (Node.isBindingElement(decl)) {
      const key = decl.getPropertyNameNode()?.getText() ?? decl.getName();
      const v = decl.getFirstAncestor((a) => Node.isVariableDeclaration(a));
      return key === 'axiosRef' && decl.getParent()?.getParent() === v && Node.isVariableDeclaration(v) && !!v.getInitializer() &&
        nestHttpService(v.getInitializer()!);
    }
    if (!Node.isVariableDeclaration(decl) || decl.getVariableStatement()?.getDeclarationKind() !== 'const') return false;
  }
  return isNestAxiosRef(instanceInitializer(t));
}
