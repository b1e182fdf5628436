/**
 * RFC 8785 JSON Canonicalization Scheme: one byte-exact text per value, so that a fingerprint
 * computed here, by the verify endpoint and by an independent script always agree.
 * - object keys sorted by UTF-16 code units (JavaScript's default string order), no whitespace;
 * - numbers as ECMAScript prints them (`String(n)`, which RFC 8785 adopts), −0 as 0;
 * - strings escaped as JSON.stringify does.
 * Whatever JSON cannot hold faithfully is refused rather than silently changed: NaN and ±Infinity,
 * undefined in an array (JSON.stringify would write null), BigInt, functions, symbols, lone surrogates
 * (I-JSON), cycles, and objects other than plain ones and arrays (a Map would come out as {}).
 * An object property whose value is undefined is left out, as JSON.stringify does, so optional
 * fields hash the same whether absent or undefined. A value with toJSON (a Date) is serialised
 * as what toJSON returns.
 */
export function canonicalJson(value: unknown): string {
  return serialise(value, '', []);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function fail(path: string, reason: string): never {
  throw new TypeError(`Cannot canonicalise ${path || 'the value'}: ${reason}`);
}

function quote(text: string, path: string): string {
  if (LONE_SURROGATE.test(text)) fail(path, 'lone surrogate in a string');
  return JSON.stringify(text);
}

function serialise(input: unknown, path: string, ancestors: object[]): string {
  const value = hasToJson(input) ? input.toJSON() : input;
  switch (typeof value) {
    case 'string':
      return quote(value, path);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) fail(path, `${value} is not a JSON number`);
      return String(value);
    case 'object':
      if (value === null) return 'null';
      if (ancestors.includes(value)) fail(path, 'cycle');
      if (Array.isArray(value)) return serialiseArray(value, path, [...ancestors, value]);
      if (!isPlainObject(value)) fail(path, `${Object.prototype.toString.call(value)} is not a plain object`);
      return serialiseObject(value as Record<string, unknown>, path, [...ancestors, value]);
    default:
      return fail(path, `${typeof value} is not JSON`);
  }
}

function serialiseArray(items: readonly unknown[], path: string, ancestors: object[]): string {
  const parts: string[] = [];
  for (let index = 0; index < items.length; index++) {
    if (items[index] === undefined) fail(`${path}[${index}]`, 'undefined in an array');
    parts.push(serialise(items[index], `${path}[${index}]`, ancestors));
  }
  return `[${parts.join(',')}]`;
}

function serialiseObject(object: Record<string, unknown>, path: string, ancestors: object[]): string {
  const keys = Object.keys(object)
    .filter((key) => object[key] !== undefined)
    .sort();
  const members = keys.map((key) => `${quote(key, path)}:${serialise(object[key], `${path}.${key}`, ancestors)}`);
  return `{${members.join(',')}}`;
}

function hasToJson(value: unknown): value is { toJSON(): unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
