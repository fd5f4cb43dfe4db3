// mergeAllowValue: KYX tokens appended, every existing byte kept, separator style followed.
import { describe, expect, it } from 'vitest';
import { KYX_IFRAME_ALLOW_VALUE } from '../../../api/index.js';
import { mergeAllowValue } from '../../../codemods/rules/iframe-allow/allow-value.js';

describe('mergeAllowValue', () => {
  const cases: [string, string][] = [
    ['', KYX_IFRAME_ALLOW_VALUE],
    ['camera;fullscreen', KYX_IFRAME_ALLOW_VALUE],
    ['camera; fullscreen', 'camera; fullscreen; accelerometer; gyroscope; magnetometer'],
    ['camera;fullscreen;', 'camera;fullscreen;accelerometer;gyroscope;magnetometer;'],
    ['camera; microphone; fullscreen;', 'camera; microphone; fullscreen; accelerometer; gyroscope; magnetometer;'],
    ['camera', KYX_IFRAME_ALLOW_VALUE],
    ["camera 'src' https://x.example; geolocation", "camera 'src' https://x.example; geolocation; fullscreen; accelerometer; gyroscope; magnetometer"],
    ['fullscreen;camera;gyroscope', 'fullscreen;camera;gyroscope;accelerometer;magnetometer'],
    ['  camera;fullscreen  ', '  camera;fullscreen;accelerometer;gyroscope;magnetometer  '],
    ['Camera;FullScreen', 'Camera;FullScreen;accelerometer;gyroscope;magnetometer'],
  ];
  for (const [input, expected] of cases) {
    it(`'${input}' → '${expected}'`, () => {
      expect(mergeAllowValue(input).value).toBe(expected);
    });
  }

  it('leaves a complete list alone, whatever its order', () => {
    const r = mergeAllowValue('magnetometer;gyroscope;accelerometer;fullscreen;camera;payment');
    expect(r.added).toEqual([]);
    expect(r.value).toBe('magnetometer;gyroscope;accelerometer;fullscreen;camera;payment');
  });

  it("reports features switched off with 'none'", () => {
    const r = mergeAllowValue("camera 'none'; fullscreen");
    expect(r.disabled).toEqual(['camera']);
    expect(r.value).toBe("camera 'none'; fullscreen; accelerometer; gyroscope; magnetometer");
  });

  it('does not edit a comma-separated value (browsers do not read commas as separators)', () => {
    const r = mergeAllowValue('camera, fullscreen');
    expect(r.commaSeparated).toBe(true);
    expect(r.value).toBe('camera, fullscreen');
  });
});
