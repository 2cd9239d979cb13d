export { ALL_SCOPES, Api, apiEntities, buildApiSchema, createApi, createDataSource, createLoaders } from './api';
export { API_MODULES } from './modules';
export { printApiSchema } from '../server/schema';
