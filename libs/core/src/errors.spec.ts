import type { ValidationError } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { DomainError, formatGraphQLError, KNOWN_CODES, translateDbError, validationError } from './errors.js';

const format = (e: GraphQLError, production = true) => formatGraphQLError(e.toJSON(), e, production);

describe('DomainError', () => {
  it('conflict(message, reason) carries the reason as extensions.reason', () => {
    const e = DomainError.conflict('The agenda is full', 'AGENDA_FULL');
    expect(e.extensions).toEqual({ code: 'CONFLICT', reason: 'AGENDA_FULL' });
    expect(e.reason).toBe('AGENDA_FULL');
    expect(e.message).toBe('The agenda is full');
  });

  it('without a reason there is no reason key', () => {
    expect(DomainError.conflict('x').extensions).toEqual({ code: 'CONFLICT' });
    expect(DomainError.forbidden().extensions).toEqual({ code: 'FORBIDDEN' });
  });

  it('badInput names the field, and may carry a reason', () => {
    expect(DomainError.badInput('input.email', 'is taken', 'EMAIL_TAKEN').extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.email',
      reason: 'EMAIL_TAKEN',
    });
  });

  it('SERVICE_UNAVAILABLE is a known code, and passes through in production', () => {
    expect(KNOWN_CODES.has('SERVICE_UNAVAILABLE')).toBe(true);
    const e = DomainError.unavailable(undefined, 'DATABASE');
    expect(format(e).extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE' });
  });
});

describe('formatGraphQLError', () => {
  it('in production: no stack trace or wrapped exception, but code, field and reason stay', () => {
    const e = new DomainError('BAD_USER_INPUT', 'x: bad', {
      field: 'x',
      reason: 'R',
      stacktrace: ['at secret (file.ts:1)'],
      exception: { sql: 'SELECT * FROM person' },
    });
    expect(format(e).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'x', reason: 'R' });
    expect(format(e, false).extensions).toHaveProperty('stacktrace');
  });

  it('an uncoded error: generic in production', () => {
    const e = new GraphQLError('relation "person" does not exist');
    expect(format(e)).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(format(e, false).message).toContain('person');
  });

  it('a variable GraphQL could not coerce names the field inside the variable, as services name fields', () => {
    const e = new GraphQLError(
      'Variable "$input" got invalid value "0100-01-01" at "input.referralDate"; Date must be between 1900 and 2100',
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
    expect(format(e).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'referralDate' });
    const list = new GraphQLError('Variable "$i" got invalid value "x" at "i.ids[2]"; bad', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(format(list).extensions!.field).toBe('ids');
    const whole = new GraphQLError('Variable "$first" got invalid value "x"; Int cannot represent', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(format(whole).extensions!.field).toBe('first');
  });

  it("GraphQL's own error past 50 refused variable values is BAD_USER_INPUT, not an internal error (issue 14 fuzz)", () => {
    const e = new GraphQLError(
      'Too many errors processing variables, error limit reached. Execution aborted.',
    );
    expect(format(e)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('a literal a scalar refuses is BAD_USER_INPUT, not a validation failure', () => {
    const scalar = new GraphQLError('Date must be between 1900 and 2100', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const e = new GraphQLError('Expected value of type "Date", found "0100-01-01"; Date must be ...', {
      originalError: scalar,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(format(e).extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe('translateDbError', () => {
  const failed = (code: string) =>
    Object.assign(new QueryFailedError('SELECT 1', [], new Error('detail')), { driverError: { code } });

  it.each([
    ['23505', 'CONFLICT', 'DUPLICATE'],
    ['40001', 'CONFLICT', 'CONCURRENT_CHANGE'],
    ['22P05', 'BAD_USER_INPUT', undefined],
    ['08006', 'SERVICE_UNAVAILABLE', 'DATABASE'],
    ['57P01', 'SERVICE_UNAVAILABLE', 'DATABASE'],
    ['53300', 'SERVICE_UNAVAILABLE', 'DATABASE'],
  ])('SQLSTATE %s -> %s', (sqlstate, code, reason) => {
    const e = translateDbError(failed(sqlstate)) as DomainError;
    expect(e).toBeInstanceOf(DomainError);
    expect(e.code).toBe(code);
    expect(e.reason).toBe(reason);
    expect(e.message).not.toMatch(/SELECT|detail/);
  });

  it('a lost connection is SERVICE_UNAVAILABLE; any other error stays internal', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect((translateDbError(refused) as DomainError).code).toBe('SERVICE_UNAVAILABLE');
    const other = failed('42P01');
    expect(translateDbError(other)).toBe(other);
  });
});

describe('validationError', () => {
  it('names the first failing field by its dotted path', () => {
    const errors = [
      {
        property: 'input',
        children: [
          {
            property: 'subject',
            children: [{ property: 'givenName', constraints: { x: 'givenName is required' } }],
          },
        ],
      },
    ] as unknown as ValidationError[];
    const e = validationError(errors);
    expect(e.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.subject.givenName' });
    expect(e.message).toBe('input.subject.givenName: is required');
  });
});
