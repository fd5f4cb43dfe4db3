// Jumio's mobile-SDK bridges are listed in the report (no marker, bytes unchanged) also in the forms the plugins'
// own READMEs use, which import nothing named Jumio: React Native's `const { JumioMobileSDK } = NativeModules` and
// the Cordova plugin's global `Jumio` as an Ionic app declares it (`declare var Jumio: any`). Found on a public Ionic
// app whose five bridge calls went unreported. A global of another name with the same method names stays silent.
import { describe, expect, it } from 'vitest';
import { transformText } from '../../../codemods/engine/run-on-text.js';
import { createProjectView } from '../../../codemods/engine/project-view.js';
import { rules } from '../../../codemods/rules/index.js';

const run = (name: string, text: string) =>
  transformText({ path: name, absPath: `/tmp/mobile-bridge-forms/${name}`, text, rules, project: createProjectView('/tmp/mobile-bridge-forms') });
const BRIDGE = /Jumio mobile SDK bridge/;

describe('mobile SDK bridge forms', () => {
  it('Cordova global declared for TypeScript: reported, file untouched', () => {
    const text = [
      'declare var Jumio: any;',
      'export class FaceCheck {',
      '  begin(token: string, secret: string, enrolment: string) {',
      "    Jumio.initAuthentication(token, secret, 'EU', { enrollmentTransactionReference: enrolment });",
      '    Jumio.startAuthentication((res: unknown) => console.log(res), (err: unknown) => console.warn(err));',
      '  }',
      '}',
    ].join('\n');
    const r = run('face-check.ts', text);
    expect(r.output).toBe(text);
    expect(r.manual.filter((m) => BRIDGE.test(m.message)).length).toBe(2);
  });

  it('React Native NativeModules destructuring: reported, file untouched', () => {
    const text = [
      "import { NativeModules } from 'react-native';",
      'const { JumioMobileSDK } = NativeModules;',
      'export function verifyFace(ref, user) {',
      "  JumioMobileSDK.initAuthentication(process.env.TOKEN, process.env.SECRET, 'US', { enrollmentTransactionReference: ref, userReference: user });",
      '}',
    ].join('\n');
    const r = run('verify-face.js', text);
    expect(r.output).toBe(text);
    expect(r.manual.map((m) => m.message).join('\n')).toMatch(/Jumio mobile SDK bridge \(react-native NativeModules\.JumioMobileSDK\)/);
  });

  it('another vendor\'s global with the same method names is not reported', () => {
    const text = [
      'declare var FaceVendor: any;',
      "FaceVendor.initAuthentication('k', 's', 'EU', { enrollmentTransactionReference: 'r' });",
    ].join('\n');
    const r = run('other.ts', text);
    expect(r.output).toBe(text);
    expect(r.manual.map((m) => m.message).join('\n')).not.toMatch(BRIDGE);
  });
});
