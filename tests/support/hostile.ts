/**
 * Hostile values for the fuzz (tests/fuzz.e2e-spec.ts), by GraphQL input type: wrong types, nulls, huge strings,
 * unicode and control characters, negative and huge numbers, impossible dates, SQL and HTML payloads.
 */
import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLInputType,
} from 'graphql';

export const PAYLOADS = [
  "'; DROP TABLE case_record; --",
  "' OR '1'='1",
  '1; SELECT pg_sleep(5)',
  '$1',
  '%s%s%n',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{7*7}}',
  '../../../../etc/passwd',
  '\u0000',
  'a\u0000b',
  '\u202Eevil',
  '\uD800',
  '\uFEFF',
  '\r\n\t\u0007\u001b[31m',
  '👩‍👧‍👦🏳️‍🌈',
  'Ωmega ßtraße 東京',
  '',
  ' ',
  'null',
  'undefined',
];

const wrongType = fc.constantFrom<unknown>(null, 0, -1, 1.5, true, 'text', [], {}, [null], { $ne: 1 }, [[1]]);

const hugeString = fc.constantFrom(
  'x'.repeat(10_001),
  'é'.repeat(70_000),
  '\u0000'.repeat(5000),
  'ab '.repeat(40_000),
);
const anyString = fc.oneof(
  fc.constantFrom(...PAYLOADS),
  hugeString,
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);
const anyInt = fc.oneof(
  fc.constantFrom(
    -1,
    0,
    -2147483648,
    2147483647,
    2147483648,
    -2147483649,
    Number.MAX_SAFE_INTEGER,
    1e300,
    -1e300,
    0.5,
  ),
  fc.integer(),
);
const anyFloat = fc.oneof(
  fc.constantFrom(-1, 0, -0, 1e308, -1e308, 5e-324, 1.0000001, 2147483648),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const dateLike = [
  '2026-02-30',
  '2026-02-29',
  '2024-02-29',
  '0000-00-00',
  '0001-01-01',
  '1899-12-31',
  '9999-12-31',
  '275760-09-13',
  '2026-13-01',
  '2026-1-1',
  '2026-12-01T00:00:00Z',
  '20261201',
  '1 December 2026',
];
const anyDate = fc.oneof(
  fc.constantFrom(...dateLike),
  fc
    .date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);
const anyDateTime = fc.oneof(
  fc.constantFrom(
    '2026-02-30T10:00:00Z',
    '2026-12-14T25:00:00Z',
    '2026-12-14T10:00:00+25:00',
    '0001-01-01T00:00:00Z',
    '9999-12-31T23:59:59Z',
    '+275760-09-13T00:00:00Z',
    '2026-12-14',
    '2026-12-14T10:00:00',
    '1970-01-01T00:00:00.000Z',
  ),
  fc
    .date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString()),
);

/** A hostile value for a slot of `type`; `ids` are real ids of other records (and of no record). */
export function hostile(type: GraphQLInputType, ids: string[]): fc.Arbitrary<unknown> {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    return fc.oneof(
      fc.constant([]),
      fc.array(hostile(inner.ofType as GraphQLInputType, ids), { maxLength: 3 }),
      fc.constant(Array(2000).fill(0)),
      wrongType,
    );
  }
  const named = getNamedType(inner);
  let own: fc.Arbitrary<unknown>;
  if (isEnumType(named))
    own = fc.constantFrom(
      ...named.getValues().map((v) => v.name),
      'NOT_A_VALUE',
      named.getValues()[0].name.toLowerCase(),
    );
  else if (isInputObjectType(named)) own = fc.constantFrom({}, { unknownField: 1 });
  else
    switch (named.name) {
      case 'String':
        own = anyString;
        break;
      case 'Int':
        own = anyInt;
        break;
      case 'Float':
        own = anyFloat;
        break;
      case 'Boolean':
        own = fc.boolean();
        break;
      case 'ID':
        own = fc.oneof(
          fc.constantFrom(...ids),
          fc.uuid(),
          fc.constantFrom(
            'not-a-uuid',
            '00000000-0000-0000-0000-000000000000',
            "1' OR '1'='1",
            '-1',
            '9'.repeat(400),
          ),
        );
        break;
      case 'Date':
        own = anyDate;
        break;
      case 'DateTime':
        own = anyDateTime;
        break;
      default:
        own = anyString;
    }
  return fc.oneof({ weight: 4, arbitrary: own }, { weight: 1, arbitrary: wrongType });
}
