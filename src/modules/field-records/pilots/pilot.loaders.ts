import { DataSource } from 'typeorm';
import { byIdLoader } from '../../../core/loaders/by-id-loader';
import { PilotModel } from './pilot-model.entity';

export function createPilotLoaders(dataSource: DataSource) {
  return {
    pilotModelById: byIdLoader(dataSource, PilotModel),
  };
}

declare module '../../../core/loaders/loaders' {
  interface Loaders extends ReturnType<typeof createPilotLoaders> {}
}
