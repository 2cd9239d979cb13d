// The carbon-credits module's public surface: other modules import only this file.
export { carbonCreditsModule } from './carbon-credits.module';
export { countCarbonProjectsByStatus } from './carbon-project.service';
export { sumCreditsIssued } from './credit-counts';
export { CarbonProjectStatus } from './carbon.enums';
