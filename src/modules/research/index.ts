// The research module's public surface: other modules import only this file.
export { researchModule } from './research.module';
export { countStudies } from './research-study.service';
export { studyReportSheet } from './research-report';
