// What a module load by a computed name may load (importers.ts): the fixed start of its specifier, so that only the
// modules under that directory get unknown importers. `require('../services/' + name)` fixes '../services/'; a
// variable is followed to the `const` it names (`const dir = path.join(__dirname, 'plugins')`), `path.join(__dirname,
// 'plugins', name)` fixes './plugins/'; a specifier that ends in a data file's extension (`require(`./locales/${lang}.json`)`,
// `require(dir + '/package.json')`) loads no code. Only a value nothing fixes (a parameter, `process.argv[2]`) may
// still be any module.
import { ts } from '#ts-morph';

/** The part of the specifier a load at `from` (just past its `(`) fixes — '' when nothing is — or undefined when the
 * load names one module in a plain string (the quoted-string index resolves those) or loads no code. */
export function computedPrefix(text: string, from: number, loader: string, parse: () => ts.SourceFile | undefined): string | undefined {
  const q = text[from];
  const close = q === '"' || q === "'" || q === '`' ? text.indexOf(q, from + 1) : -1;
  const literal = close > 0 && !text.slice(from + 1, close).includes('\n') ? text.slice(from + 1, close) : undefined;
  if (loader === 'require.context' && literal !== undefined) return `${literal.replace(/\/?$/, '/')}`;
  if (loader.startsWith('import.meta.glob') && literal !== undefined) return literal.slice(0, literal.search(/[*?[{]|$/));
  if (literal !== undefined && !(q === '`' && literal.includes('${')) && /^\s*[),]/.test(text.slice(close + 1))) return undefined; // require('./jumio')
  if (loader !== 'require' && loader !== 'import') return literal ?? '';
  const sf = parse();
  const arg = sf && argumentAt(sf, from);
  if (!arg) return literal === undefined ? '' : q === '`' && literal.includes('${') ? literal.slice(0, literal.indexOf('${')) : literal;
  const v = valueOf(arg, 0);
  if (v.data) return undefined;
  return v.full ? undefined : v.prefix;
}

interface Fixed {
  /** The specifier's fixed start. */
  prefix: string;
  /** The whole specifier is that text (a plain string, found by the quoted-string index as well). */
  full: boolean;
  /** It ends in a data file's extension: no code is loaded. */
  data?: boolean;
}

const NOTHING: Fixed = { prefix: '', full: false };
const DATA = /\.(json|json5|node|css|scss|txt|ya?ml|html|svg|png)$/i;

/** The first argument of the call whose argument list starts at `pos` (just past the `(`, spaces skipped). */
function argumentAt(sf: ts.SourceFile, pos: number): ts.Expression | undefined {
  let found: ts.Expression | undefined;
  const visit = (n: ts.Node): void => {
    if (found || pos < n.pos || pos > n.end) return;
    if (ts.isCallExpression(n) && n.arguments[0]?.getStart(sf) === pos) {
      found = n.arguments[0];
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

function valueOf(e: ts.Expression, depth: number): Fixed {
  if (depth > 4) return NOTHING;
  if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e)) return valueOf(e.expression, depth + 1);
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return { prefix: e.text, full: true, data: DATA.test(e.text) };
  if (ts.isTemplateExpression(e)) return { prefix: e.head.text, full: false, data: DATA.test(e.templateSpans.at(-1)!.literal.text) };
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const l = valueOf(e.left, depth + 1);
    const r = valueOf(e.right, depth + 1);
    return { prefix: l.full ? l.prefix + r.prefix : l.prefix, full: l.full && r.full, data: r.data };
  }
  if (ts.isCallExpression(e) && /^(path\.(posix\.)?)?(join|resolve)$/.test(e.expression.getText())) {
    // path.join(__dirname, 'plugins', name), path.join(PLUGINS, name) with a const holding the first: relative to the
    // file's directory, the literal segments fixed.
    const parts = e.arguments.map((a) => (['__dirname', 'import.meta.dirname'].includes(a.getText()) ? { prefix: '.', full: true } : valueOf(a, depth + 1)));
    if (!parts.length) return NOTHING;
    const data = parts.at(-1)!.data;
    if (!parts[0]!.full || !parts[0]!.prefix.startsWith('.')) return { ...NOTHING, data };
    const fixed: string[] = [];
    for (const v of parts) {
      fixed.push(v.prefix);
      if (!v.full) return { prefix: fixed.join('/'), full: false, data };
    }
    return { prefix: fixed.join('/'), full: true, data };
  }
  if (ts.isIdentifier(e)) {
    const init = constInitializer(e);
    return init ? valueOf(init, depth + 1) : NOTHING;
  }
  return NOTHING;
}

/** The initialiser of the `const` an identifier names, found in the scopes around it; undefined for a parameter, a
 * `let`/`var`, or a name declared nowhere in the file. */
function constInitializer(id: ts.Identifier): ts.Expression | undefined {
  for (let scope: ts.Node | undefined = id.parent; scope; scope = scope.parent) {
    if (ts.isFunctionLike(scope) && scope.parameters.some((p) => bindsName(p.name, id.text))) return undefined;
    const statements = ts.isSourceFile(scope) || ts.isBlock(scope) || ts.isModuleBlock(scope) ? scope.statements : undefined;
    for (const st of statements ?? []) {
      if (!ts.isVariableStatement(st)) continue;
      for (const d of st.declarationList.declarations) {
        if (!bindsName(d.name, id.text)) continue;
        const isConst = (st.declarationList.flags & ts.NodeFlags.Const) !== 0;
        return isConst && ts.isIdentifier(d.name) ? d.initializer : undefined;
      }
    }
  }
  return undefined;
}

function bindsName(name: ts.BindingName, text: string): boolean {
  if (ts.isIdentifier(name)) return name.text === text;
  return name.elements.some((el) => !ts.isOmittedExpression(el) && bindsName(el.name, text));
}
