// A NestJS string injection token (`@Inject('JUMIO_CLIENT') private readonly jumio: JumioApi` with `{ provide:
// 'JUMIO_CLIENT', useClass: JumioClient }`) may be spelled in any file, so it is followed only when every file of a
// run that covers the whole repository has been read for it: each string equal to the token must be an injection
// into a member (`@Inject('…')`) or a provider of the service class itself (`useClass` / `useExisting`). Anything else
// — a `useValue` / `useFactory` provider (a test module's mock), a const holding the token, a provider of another
// class — leaves the flow open. injected-callers.ts asks this for the tokens the service is registered under.
import { Node, SyntaxKind, ts } from '#ts-morph';
import { descendantsOfKinds } from '../engine/descendants.js';
import type { EvalContext } from './eval-context.js';
import { importerParse } from './importer-parse.js';
import { injectedMember, type TokenInjections } from './injection-tokens.js';

const STRINGS = new Set([SyntaxKind.StringLiteral, SyntaxKind.NoSubstitutionTemplateLiteral]);

/** The token's value when `token` is a string literal (`'JUMIO_CLIENT'`), else undefined. */
export function stringToken(token: Node): string | undefined {
  return Node.isStringLiteral(token) || Node.isNoSubstitutionTemplateLiteral(token) ? token.getLiteralValue() : undefined;
}

/** The members injected with the string token `value` in the run's files; open unless every spelling is accounted
 * for. `complete`: the run covers the whole repository (the service's importers are all known). */
export function stringTokenInjections(value: string, complete: boolean, ctx: EvalContext, isService: (id: Node, file: string) => boolean): TokenInjections {
  const files = ctx.project.runFiles?.();
  // A short or generic value ('client', 'API') may be spelled for other reasons anywhere: not followed.
  if (!files || !complete || value.length < 4) return { members: [], open: true };
  const out: TokenInjections = { members: [], open: false };
  for (const file of files) {
    const text = ctx.project.readFile(file);
    if (!text || !text.includes(value)) continue;
    const sf = importerParse(file, ctx);
    if (!sf) {
      out.open = true;
      continue;
    }
    for (const lit of descendantsOfKinds(sf, STRINGS, (n) => (n as ts.StringLiteral).text === value)) {
      const member = injectedMember(lit);
      if (member) {
        out.members.push(member);
        continue;
      }
      const p = lit.getParent();
      // A NestJS module's `exports: ['JUMIO_CLIENT']` shares the provider; it provides nothing else.
      const list = Node.isArrayLiteralExpression(p) ? p.getParent() : undefined;
      if (Node.isPropertyAssignment(list) && list.getName() === 'exports' && list.getFirstAncestorByKind(SyntaxKind.Decorator)) continue;
      const obj = Node.isPropertyAssignment(p) && p.getName() === 'provide' && p.getInitializer() === lit ? p.getParent() : undefined;
      const cls = Node.isObjectLiteralExpression(obj) ? ['useClass', 'useExisting'].map((k) => obj.getProperty(k)).find((a) => a) : undefined;
      const provided = Node.isPropertyAssignment(cls) ? cls.getInitializer() : undefined;
      if (!provided || !Node.isIdentifier(provided) || !isService(provided, file)) out.open = true;
    }
  }
  return out;
}
