// A client instance a class receives through its own private constructor: `private constructor(private readonly http:
// AxiosInstance) {}`, built by a static factory of the class (`static async create() { const http = axios.create({…});
// return new JumioFaceLogin(http); }`). No code outside the class can construct it, so when the class constructs
// itself once, that `new`'s argument is the one value `this.http` ever holds (the parameter property is never
// assigned otherwise: the caller looks for assignments first).
import { ts } from '#ts-morph';

const PROPERTY_MODIFIERS = new Set([ts.SyntaxKind.PrivateKeyword, ts.SyntaxKind.ProtectedKeyword, ts.SyntaxKind.PublicKeyword,
  ts.SyntaxKind.ReadonlyKeyword]);

/** The argument the class's only `new <Class>(…)` passes to the private constructor's parameter property `name`. */
export function privateConstructorArgument(cls: ts.ClassLikeDeclaration, name: string): ts.Expression | undefined {
  const ctor = cls.members.find((m): m is ts.ConstructorDeclaration => ts.isConstructorDeclaration(m) && !!m.body);
  if (!ctor?.modifiers?.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword)) return undefined;
  const index = ctor.parameters.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === name &&
    !!p.modifiers?.some((m) => PROPERTY_MODIFIERS.has(m.kind)));
  const className = cls.name?.text;
  if (index < 0 || !className) return undefined;
  const constructions: ts.NewExpression[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isNewExpression(n) && ((ts.isIdentifier(n.expression) && n.expression.text === className) || n.expression.kind === ts.SyntaxKind.ThisKeyword)) {
      constructions.push(n);
    }
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(cls, visit);
  return constructions.length === 1 ? constructions[0]!.arguments?.[index] : undefined;
}
