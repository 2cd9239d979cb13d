import { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';

/**
 * Every GraphQL answer is `Cache-Control: no-store`. Apollo's cache-control plugin, installed by
 * default, computes a cache policy from `@cacheControl` hints through a hook on every resolved field
 * of every row; the schema declares no hints, so its answer was always `no-store`. These two plugins
 * give the same header without the per-field hook.
 */
export function noStorePlugins(): ApolloServerPlugin<BaseContext>[] {
  return [
    ApolloServerPluginCacheControlDisabled(),
    {
      async requestDidStart() {
        return {
          async willSendResponse({ response }) {
            response.http.headers.set('cache-control', 'no-store');
          },
        };
      },
    },
  ];
}
