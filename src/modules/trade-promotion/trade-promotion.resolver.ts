import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../core/context';
import { toGlobalId } from '../../core/relay/global-id';
import { RegisterResolver } from '../field-records';
import { Organisation } from '../organisations';
import { ExportContract } from './export-contract.entity';
import { TRADE_READERS, TRADE_WRITERS } from './trade-promotion-access';
import { TradePromotionEvent } from './trade-promotion-event.entity';
import {
  CreateExportContractInput,
  CreateTradePromotionEventInput,
  ExportContractFilter,
  TradePromotionEventFilter,
  UpdateExportContractInput,
  UpdateTradePromotionEventInput,
} from './trade-promotion.inputs';
import { exportContractService, tradePromotionEventService } from './trade-promotion.service';
import { centsToUsd } from './usd';

const organisationsOf = async (ctx: RequestContext, ids: string[]) =>
  (await ctx.loaders.organisationById.loadMany(ids)).filter((o): o is Organisation => o instanceof Organisation);

@Resolver(() => TradePromotionEvent)
export class TradePromotionEventResolver extends RegisterResolver({
  nodeType: TradePromotionEvent,
  name: 'TradePromotionEvent',
  listName: 'tradePromotionEvents',
  what: 'Trade fairs, missions and other promotion events (VI.3); written by province officers and the lead agencies of VI.3 (the Department of Industry and Trade)',
  createInput: CreateTradePromotionEventInput,
  updateInput: UpdateTradePromotionEventInput,
  filter: TradePromotionEventFilter,
  readers: TRADE_READERS,
  writers: TRADE_WRITERS,
  service: tradePromotionEventService,
}) {
  @FieldResolver(() => [Organisation], { description: 'The organisations that took part (deleted ones are left out).' })
  organisations(@Root() event: TradePromotionEvent, @Ctx() ctx: RequestContext): Promise<Organisation[]> {
    return organisationsOf(ctx, event.organisationIds);
  }
}

@Resolver(() => ExportContract)
export class ExportContractResolver extends RegisterResolver({
  nodeType: ExportContract,
  name: 'ExportContract',
  listName: 'exportContracts',
  what: 'Export contracts of the province’s organisations (VI.3); written by province officers and the lead agencies of VI.3',
  createInput: CreateExportContractInput,
  updateInput: UpdateExportContractInput,
  filter: ExportContractFilter,
  readers: TRADE_READERS,
  writers: TRADE_WRITERS,
  service: exportContractService,
}) {
  @FieldResolver(() => Organisation, { description: 'The seller.' })
  async organisation(@Root() contract: ExportContract, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return (await ctx.loaders.organisationById.load(contract.organisationId))!;
  }

  @FieldResolver(() => String, { description: 'US dollars, exact, as a decimal text with 2 decimals (e.g. "125000.50").' })
  valueUsd(@Root() contract: ExportContract): string {
    return centsToUsd(contract.valueUsdCents);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The Certification global ID the claim rests on, as given (not yet checked against a register).' })
  claimedCertificationId(@Root() contract: ExportContract): string | null {
    return contract.claimedCertificationId ? toGlobalId('Certification', contract.claimedCertificationId) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the contract claims low emission (lot codes or a certification).' })
  lowEmissionClaim(@Root() contract: ExportContract): boolean {
    return contract.claimedLotCodes.length > 0 || contract.claimedCertificationId !== null;
  }
}
