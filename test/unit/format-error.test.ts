import { GraphQLError } from 'graphql';
import pino from 'pino';
import { BadUserInputError } from '../../src/core/errors/app-errors';
import { createErrorFormatter } from '../../src/server/format-error';

const silent = pino({ level: 'silent' });

describe('error formatting', () => {
  it('hides unexpected errors such as SQL failures behind INTERNAL_SERVER_ERROR', () => {
    const format = createErrorFormatter(silent, false);
    const sqlError = new GraphQLError('relation "task" does not exist', {
      originalError: new Error('relation "task" does not exist'),
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at Query.run (query.ts:1)'] },
    });
    const formatted = format({ message: sqlError.message, extensions: sqlError.extensions }, sqlError);
    expect(formatted).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('keeps expected errors with their code and field', () => {
    const format = createErrorFormatter(silent, false);
    const error = new BadUserInputError('`first` must be at most 100', 'first', 'TOO_LARGE');
    expect(format(error.toJSON(), error).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first', reason: 'TOO_LARGE' });
  });

  it('turns an unreachable database into SERVICE_UNAVAILABLE with a retry delay, not INTERNAL_SERVER_ERROR', () => {
    const format = createErrorFormatter(silent, false);
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const error = new GraphQLError(refused.message, { originalError: refused, path: ['sections'] });
    expect(format({ message: error.message, path: ['sections'] }, error)).toEqual({
      message: expect.stringMatching(/temporarily unavailable/),
      path: ['sections'],
      extensions: { code: 'SERVICE_UNAVAILABLE', retryAfter: expect.any(Number) },
    });
  });

  it('strips "Did you mean" from client errors only when schema details are hidden', () => {
    const message = 'Variable "$input" got invalid value "X"; Value "X" does not exist in "AgencyKind" enum. Did you mean the enum value "GROUP"?';
    const error = new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field: 'input' } });
    expect(createErrorFormatter(silent, false, { hideSchemaDetails: true })(error.toJSON(), error).message).toBe(
      'Variable "$input" got invalid value "X"; Value "X" does not exist in "AgencyKind" enum.',
    );
    expect(createErrorFormatter(silent, false)(error.toJSON(), error).message).toBe(message);
  });
});
