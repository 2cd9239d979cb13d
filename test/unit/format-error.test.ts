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
});
