// The trade-promotion module's public surface: other modules import only this file.
export { tradePromotionModule } from './trade-promotion.module';
export { countryCode } from './country-codes';
export { countExportContractsSigned, countTradeEventsHeld } from './trade-promotion-counts';
