// TypeScript programs for type-check tests that share, within one test process, the files they read from
// node_modules (lib.*.d.ts, @types/node, packages' own types). Those files never change during a run, and parsing
// and binding lib.dom.d.ts and @types/node again for every program was nearly all of a type-check test's time
// (~5 s per program under load, ~0.1–0.3 s with them shared). The files under test are read fresh every time.
import ts from 'typescript';

const shared = new Map<string, ts.SourceFile>();

/** The compiler's default host for `options`, with every file under a node_modules folder parsed once per process. */
function sharingHost(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersionOrOptions, onError, shouldCreate) => {
    if (!fileName.includes('/node_modules/')) return read(fileName, languageVersionOrOptions, onError, shouldCreate);
    // The parse depends on the language version and the module format (ESM/CJS) the program gives the file.
    const key = `${fileName}\0${JSON.stringify(languageVersionOrOptions)}`;
    let file = shared.get(key);
    if (!file) {
      file = read(fileName, languageVersionOrOptions, onError, shouldCreate);
      if (file) shared.set(key, file);
    }
    return file;
  };
  return host;
}

/** `ts.createProgram(rootNames, options)`, with node_modules files shared between the programs of this process. */
export function createSharedLibProgram(rootNames: readonly string[], options: ts.CompilerOptions): ts.Program {
  return ts.createProgram(rootNames, options, sharingHost(options));
}
