// The progress module's public surface: other modules import only this file (or ports.ts).
export { progressModule } from './progress.module';
export type { CountWindow, ProgressPorts, RegisterCounts, StudyKind } from './ports';
