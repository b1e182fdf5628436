import { canonicalJson } from './canonical-json';

/** An IEEE 754 double from its 64 bits, as RFC 8785 Appendix B lists them. */
const double = (hex: string) => Buffer.from(hex, 'hex').readDoubleBE(0);

describe('canonicalJson: RFC 8785 examples', () => {
  it('§3.2.2: primitive serialisation', () => {
    const input = JSON.parse(String.raw`{
      "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
      "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
      "literals": [null, true, false]
    }`);
    expect(canonicalJson(input)).toBe(
      String.raw`{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`,
    );
  });

  it('§3.2.3: properties sorted by UTF-16 code units', () => {
    const input = JSON.parse(String.raw`{
      "\u20ac": "Euro Sign",
      "\r": "Carriage Return",
      "\ufb33": "Hebrew Letter Dalet With Dagesh",
      "1": "One",
      "\ud83d\ude00": "Emoji: Grinning Face",
      "\u0080": "Control",
      "\u00f6": "Latin Small Letter O With Diaeresis"
    }`);
    const output = canonicalJson(input);
    // Read the values in text order (Object.values would put the integer-like key "1" first).
    expect([...output.matchAll(/":"([^"]+)"/g)].map((match) => match[1])).toEqual([
      'Carriage Return',
      'One',
      'Control',
      'Latin Small Letter O With Diaeresis',
      'Euro Sign',
      'Emoji: Grinning Face',
      'Hebrew Letter Dalet With Dagesh',
    ]);
    expect(output).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
        '"\u20ac":"Euro Sign","\u{1F600}":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  it('sorts an astral character (a surrogate pair) before U+FB33, unlike code-point order', () => {
    expect(canonicalJson({ '\ufb33': 1, '\u{1F600}': 2 })).toBe('{"\u{1F600}":2,"\ufb33":1}');
  });

  it.each([
    ['0000000000000000', '0'],
    ['8000000000000000', '0'],
    ['0000000000000001', '5e-324'],
    ['8000000000000001', '-5e-324'],
    ['7fefffffffffffff', '1.7976931348623157e+308'],
    ['ffefffffffffffff', '-1.7976931348623157e+308'],
    ['4340000000000000', '9007199254740992'],
    ['c340000000000000', '-9007199254740992'],
    ['4430000000000000', '295147905179352830000'],
    ['44b52d02c7e14af5', '9.999999999999997e+22'],
    ['44b52d02c7e14af6', '1e+23'],
    ['44b52d02c7e14af7', '1.0000000000000001e+23'],
    ['444b1ae4d6e2ef4e', '999999999999999700000'],
    ['444b1ae4d6e2ef4f', '999999999999999900000'],
    ['444b1ae4d6e2ef50', '1e+21'],
    ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
    ['3eb0c6f7a0b5ed8d', '0.000001'],
    ['41b3de4355555553', '333333333.3333332'],
    ['41b3de4355555554', '333333333.33333325'],
    ['41b3de4355555555', '333333333.3333333'],
    ['41b3de4355555556', '333333333.3333334'],
    ['41b3de4355555557', '333333333.33333343'],
    ['becbf647612f3696', '-0.0000033333333333333333'],
    ['43143ff3c1cb0959', '1424953923781206.2'],
  ])('Appendix B: %s is written %s', (bits, expected) => {
    expect(canonicalJson(double(bits))).toBe(expected);
  });

  it.each(['7fffffffffffffff', '7ff0000000000000', 'fff0000000000000'])(
    'Appendix B: %s (NaN or Infinity) is refused',
    (bits) => {
      expect(() => canonicalJson(double(bits))).toThrow(TypeError);
    },
  );
});

describe('canonicalJson: structure', () => {
  it('writes no whitespace and sorts nested keys, keeping array order', () => {
    expect(canonicalJson({ b: [3, 1, { z: 1, a: [] }], a: { d: null, c: 'x' } })).toBe(
      '{"a":{"c":"x","d":null},"b":[3,1,{"a":[],"z":1}]}',
    );
  });
  it('writes empty containers and primitives', () => {
    expect(canonicalJson({})).toBe('{}');
    expect(canonicalJson([])).toBe('[]');
    expect(canonicalJson('é')).toBe('"é"');
    expect(canonicalJson(true)).toBe('true');
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson(-0)).toBe('0');
    expect(canonicalJson(1e21)).toBe('1e+21');
    expect(canonicalJson(0.1 + 0.2)).toBe('0.30000000000000004');
  });
  it('does not depend on the order properties were created in', () => {
    expect(canonicalJson({ proposal: 12, tally: { 5: 4, 1: 3 }, at: '2025-01-01' })).toBe(
      canonicalJson({ at: '2025-01-01', tally: { 1: 3, 5: 4 }, proposal: 12 }),
    );
  });
  it('sorts numeric-looking keys as strings', () => {
    expect(canonicalJson({ 10: 'a', 9: 'b', 1: 'c' })).toBe('{"1":"c","10":"a","9":"b"}');
  });
  it('escapes control characters as JSON.stringify does, and nothing else', () => {
    expect(canonicalJson('\u0000\u001f\t\b\f"\\/\u007f\u2028')).toBe('"\\u0000\\u001f\\t\\b\\f\\"\\\\/\u007f\u2028"');
  });
  it('leaves undefined properties out, like JSON.stringify', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
  });
  it('serialises what toJSON returns, so a Date becomes its ISO string', () => {
    expect(canonicalJson({ at: new Date(Date.UTC(2025, 2, 12, 9, 30)) })).toBe('{"at":"2025-03-12T09:30:00.000Z"}');
  });
  it('accepts objects without a prototype', () => {
    const bare = Object.create(null) as Record<string, number>;
    bare.b = 2;
    bare.a = 1;
    expect(canonicalJson(bare)).toBe('{"a":1,"b":2}');
  });
  it('reads a value JSON.parse gives back the same', () => {
    const value = { text: 'Proposition n°1 — « santé »', grades: { 1: 3, 5: 4 }, n: 7, share: 3 / 7, tags: ['a', 'b'] };
    const once = canonicalJson(value);
    expect(canonicalJson(JSON.parse(once))).toBe(once);
  });
});

describe('canonicalJson: refusals', () => {
  it('refuses non-finite numbers anywhere', () => {
    expect(() => canonicalJson({ a: [1, NaN] })).toThrow(/a\[1\]: NaN/);
    expect(() => canonicalJson({ a: Infinity })).toThrow(TypeError);
  });
  it('refuses undefined in arrays, where JSON.stringify would write null', () => {
    expect(() => canonicalJson([1, undefined])).toThrow(/undefined in an array/);
    // eslint-disable-next-line no-sparse-arrays
    expect(() => canonicalJson([1, , 3])).toThrow(TypeError);
  });
  it('refuses values JSON cannot hold', () => {
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
    expect(() => canonicalJson(10n)).toThrow(TypeError);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(TypeError);
    expect(() => canonicalJson({ s: Symbol('x') })).toThrow(TypeError);
  });
  it('refuses objects that would silently become {}', () => {
    expect(() => canonicalJson(new Map([['a', 1]]))).toThrow(/Map/);
    expect(() => canonicalJson({ s: new Set([1]) })).toThrow(TypeError);
    class Point {
      constructor(public x: number) {}
    }
    expect(() => canonicalJson(new Point(1))).toThrow(TypeError);
  });
  it('refuses lone surrogates in strings and keys', () => {
    expect(() => canonicalJson('\ud83d')).toThrow(/lone surrogate/);
    expect(() => canonicalJson({ '\ude00x': 1 })).toThrow(/lone surrogate/);
    expect(canonicalJson('\ud83d\ude00')).toBe('"😀"');
  });
  it('refuses cycles but accepts a shared value seen twice', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(/cycle/);
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: [shared] })).toBe('{"a":{"x":1},"b":[{"x":1}]}');
  });
});
