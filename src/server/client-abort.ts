import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * A signal that fires when the client goes away (its connection closes) before the response has been
 * sent, so long work for it can stop. A response that finished also closes, and does not fire it.
 */
export function clientAbortSignal(req: IncomingMessage, res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  const gone = (): void => {
    if (!res.writableFinished) controller.abort(new Error('client closed the connection'));
  };
  if (req.socket.destroyed) gone();
  else res.once('close', gone);
  return controller.signal;
}
