/**
 * A corpus of JSON documents for one schema: its valid fixtures, and each fixture's near-misses —
 * at every place in the document, the value dropped, nulled, retyped, pushed out of range, made
 * empty, blank, too long, a malformed date or an unknown code, and an unknown key added to each
 * object. Every document is plain JSON (what a back end stores), and each is named by the mutation
 * that made it and the path where it was made, so a test can single out a kind of mutation by name.
 */

/** A JSON value. */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/** One document of the corpus, named by the mutation that made it and where. */
export interface CorpusDocument {
  readonly mutation: string;
  readonly path: readonly (string | number)[];
  readonly document: Json;
}

/** The mutations that make lists: one name each, so tests can refer to them. */
export const LIST_MUTATIONS = ['emptyList', 'dropFirstItem', 'dropLastItem', 'duplicateItem', 'nullItemAdded'] as const;

const STRING_VALUES: readonly (readonly [string, string])[] = [
  ['emptyString', ''],
  ['blankString', ' \t\u3000'],
  ['innerSpace', 'a b'],
  ['oneCharacter', 'x'],
  ['idAtLimit', 'i'.repeat(128)],
  ['idTooLong', 'i'.repeat(129)],
  ['astralAtIdLimit', '😀'.repeat(128)],
  ['astralOverIdLimit', '😀'.repeat(129)],
  ['idLimitInUtf16', `${'i'.repeat(127)}😀`],
  ['loneSurrogate', '\ud800'],
  ['textAtLimit', 't'.repeat(10_000)],
  ['textTooLong', 't'.repeat(10_001)],
  ['unknownCode', 'notACode'],
  ['numberAsText', '2'],
];

/** Near-misses of a date, tried where the fixture holds a date. */
const DATE_VALUES: readonly (readonly [string, string])[] = [
  ['dateNotLeapYear', '2011-02-29'],
  ['dateCenturyNotLeap', '1900-02-29'],
  ['dateLeapCentury', '2000-02-29'],
  ['dateLeapYearZero', '0000-02-29'],
  ['dateFirst', '0000-01-01'],
  ['dateLast', '9999-12-31'],
  ['dateDay31InApril', '2010-04-31'],
  ['dateMonth13', '2010-13-01'],
  ['dateMonth00', '2010-00-10'],
  ['dateDay00', '2010-01-00'],
  ['dateNoPadding', '2010-9-8'],
  ['dateWithTime', '2010-09-08T00:00:00Z'],
  ['dateFiveDigitYear', '12010-09-08'],
  ['dateChinese', '2010年9月8日'],
  ['dateFullWidthDigits', '２０１０-０９-０８'],
];

const NUMBER_VALUES: readonly (readonly [string, number])[] = [
  ['zero', 0],
  ['minusOne', -1],
  ['minusHundredth', -0.01],
  ['half', 0.5],
  ['hundredth', 0.01],
  ['thousandth', 0.001],
  ['one', 1],
  ['five', 5],
  ['hundred', 100],
  ['hundredAndHundredth', 100.01],
  ['hundredAndOne', 101],
  ['large', 1e9],
  ['beyondSafeInteger', 2 ** 53 + 2],
  ['huge', 1e300],
  ['hugeNegative', -1e300],
];

const isObject = (value: Json): value is { readonly [key: string]: Json } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value of every other JSON type than `value`'s: the retyped near-misses. */
function retypings(value: Json): readonly (readonly [string, Json])[] {
  const all: readonly (readonly [string, Json, string])[] = [
    ['retypedAsNumber', 7, 'number'],
    ['retypedAsText', 'x7', 'string'],
    ['retypedAsBoolean', true, 'boolean'],
    ['retypedAsList', [], 'list'],
    ['retypedAsObject', {}, 'object'],
  ];
  const kind = Array.isArray(value) ? 'list' : value === null ? 'null' : typeof value === 'object' ? 'object' : typeof value;
  return all.filter(([, , type]) => type !== kind).map(([name, replacement]) => [name, replacement]);
}

/** The near-misses of `value` itself (not of its parts). */
function nearMissesOf(value: Json): readonly (readonly [string, Json])[] {
  const out: (readonly [string, Json])[] = [['nulled', null], ...retypings(value)];
  if (typeof value === 'string') {
    out.push(...STRING_VALUES, ['upperCased', value.toUpperCase()], ['padded', ` ${value} `]);
    if (/^\d{4}-\d\d-\d\d$/.test(value)) out.push(...DATE_VALUES);
  } else if (typeof value === 'number') {
    out.push(...NUMBER_VALUES);
    out.push(['plusOne', value + 1], ['minusOneFrom', value - 1], ['negated', -value], ['plusHundredth', value + 0.01]);
    out.push(['plusThousandth', value + 0.001], ['timesThousand', value * 1000], ['halved', value / 2]);
  } else if (typeof value === 'boolean') {
    out.push(['flipped', !value]);
  } else if (Array.isArray(value)) {
    out.push(['emptyList', []]);
    if (value.length > 0) {
      out.push(['dropFirstItem', value.slice(1)], ['dropLastItem', value.slice(0, -1)]);
      out.push(['duplicateItem', [...value, value[0] as Json]]);
    }
    out.push(['nullItemAdded', [...value, null]]);
  } else if (isObject(value)) {
    for (const key of Object.keys(value)) {
      const { [key]: _dropped, ...rest } = value;
      out.push([`dropped:${key}`, rest]);
    }
    out.push(['unknownKeyAdded', { ...value, zzUnknownField: 1 }]);
    // A "__proto__" key as JSON.parse makes it: an own property, not the prototype.
    const rest = JSON.stringify(value).slice(1);
    out.push(['protoKeyAdded', JSON.parse(`{"__proto__":{"polluted":true}${rest === '}' ? '' : ','}${rest}`) as Json]);
    // … and one holding a copy of the first property's value, which a record would accept under another key.
    const first = Object.values(value)[0];
    if (first !== undefined) out.push(['protoKeyCopied', JSON.parse(`{"__proto__":${JSON.stringify(first)},${rest}`) as Json]);
  }
  return out;
}

/** `document` with the value at `path` replaced by `replacement`. */
function replaceAt(document: Json, path: readonly (string | number)[], replacement: Json): Json {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(document)) return document.map((item, index) => (index === head ? replaceAt(item, rest, replacement) : item));
  const object = document as { readonly [key: string]: Json };
  return Object.fromEntries(
    Object.entries(object).map(([key, child]) => [key, key === head ? replaceAt(child, rest, replacement) : child]),
  ) as Json;
}

/** Every place in a document, with its value: the root, each property, each list item. */
function placesOf(document: Json, path: readonly (string | number)[] = []): readonly (readonly [readonly (string | number)[], Json])[] {
  const here = [[path, document] as const];
  if (Array.isArray(document)) return [...here, ...document.flatMap((item, index) => placesOf(item, [...path, index]))];
  if (isObject(document)) return [...here, ...Object.entries(document).flatMap(([key, child]) => placesOf(child, [...path, key]))];
  return here;
}

/**
 * The corpus of one schema: each valid fixture (as `valid`), then its near-misses, deduplicated.
 *
 * @param fixtures - valid documents.
 * @returns every document, named.
 */
export function corpusOf(fixtures: readonly Json[]): readonly CorpusDocument[] {
  const distinct = [...new Map(fixtures.map((fixture) => [JSON.stringify(fixture), fixture])).values()];
  const out: CorpusDocument[] = distinct.map((fixture) => ({ mutation: 'valid', path: [], document: fixture }));
  distinct.forEach((fixture) => {
    // One place and one replacement make one document: the replacement's JSON text (where a
    // "__proto__" key survives as an own property) tells the near-misses of a fixture apart.
    const seen = new Set<string>();
    for (const [path, value] of placesOf(fixture)) {
      for (const [mutation, replacement] of nearMissesOf(value)) {
        const key = `${path.join('\u0000')}\u0001${keyOf(replacement)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ mutation, path, document: replaceAt(fixture, path, replacement) });
      }
    }
  });
  return out;
}

/** What tells replacements apart: their JSON text, or for a long text its length and ends (cheaper). */
function keyOf(replacement: Json): string {
  if (typeof replacement === 'string' && replacement.length > 200) {
    return `${replacement.length}:${replacement.slice(0, 8)}:${replacement.slice(-8)}`;
  }
  return JSON.stringify(replacement);
}

/** A plain-JSON copy of a value: what a back end would store and send back. */
export const asJson = (value: unknown): Json => JSON.parse(JSON.stringify(value)) as Json;

/** Every list in a value cut to its first `most` items: a fixture small enough to mutate everywhere. */
export function trimLists(value: Json, most: number): Json {
  if (Array.isArray(value)) return value.slice(0, most).map((item) => trimLists(item, most));
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, trimLists(child, most)])) as Json;
  return value;
}

type SchemaNode = { readonly [key: string]: unknown };

/**
 * A document a JSON Schema describes, made from the schema alone, for a schema no fixture covers:
 * the required properties only, or (`full`) every property. Enumerations give their first code,
 * numbers their lower bound, dates a real day, ids and texts a short word.
 */
export function sampleOf(schema: SchemaNode, full: boolean, root: SchemaNode = schema): Json {
  if (typeof schema['$ref'] === 'string') {
    const name = (schema['$ref'] as string).replace('#/$defs/', '');
    return sampleOf(((root['$defs'] ?? {}) as Record<string, SchemaNode>)[name] ?? {}, full, root);
  }
  if ('const' in schema) return schema['const'] as Json;
  if (Array.isArray(schema['enum'])) return schema['enum'][0] as Json;
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const options = schema[key];
    if (Array.isArray(options) && options.length > 0) return sampleOf(options[0] as SchemaNode, full, root);
  }
  const type = Array.isArray(schema['type']) ? (schema['type'][0] as string) : (schema['type'] as string | undefined);
  switch (type) {
    case 'object': {
      const properties = (schema['properties'] ?? {}) as Record<string, SchemaNode>;
      const required = new Set((schema['required'] ?? []) as string[]);
      return Object.fromEntries(
        Object.entries(properties)
          .filter(([key]) => full || required.has(key))
          .map(([key, property]) => [key, sampleOf(property, full, root)]),
      ) as Json;
    }
    case 'array': {
      const count = Math.max(typeof schema['minItems'] === 'number' ? schema['minItems'] : 0, full ? 1 : 0);
      return Array.from({ length: count }, () => sampleOf((schema['items'] ?? {}) as SchemaNode, full, root));
    }
    case 'string':
      return schema['format'] === 'date' ? '2010-09-08' : 'x';
    case 'number':
    case 'integer': {
      if (typeof schema['minimum'] === 'number') return schema['minimum'];
      if (typeof schema['exclusiveMinimum'] === 'number') return schema['exclusiveMinimum'] + 1;
      return typeof schema['maximum'] === 'number' ? Math.min(0, schema['maximum']) : 0;
    }
    case 'boolean':
      return false;
    case 'null':
      return null;
    default:
      return null;
  }
}
