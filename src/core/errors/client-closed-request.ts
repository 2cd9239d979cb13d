import { GraphQLError } from 'graphql';

/**
 * The client closed the connection before its answer was sent, so the work stopped. Nobody receives
 * this error; it names the outcome in the operation's log line (499, as nginx logs it).
 */
export class ClientClosedRequestError extends GraphQLError {
  constructor() {
    super('The client closed the connection before the answer was ready; the work was stopped', {
      extensions: { code: 'CLIENT_CLOSED_REQUEST', http: { status: 499 } },
    });
  }
}
