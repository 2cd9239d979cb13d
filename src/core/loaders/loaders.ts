/**
 * The request's DataLoaders. Empty here: each module adds its own by declaration merging next to its
 * loader factory, so core names no module and `ctx.loaders.x` stays fully typed.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}
