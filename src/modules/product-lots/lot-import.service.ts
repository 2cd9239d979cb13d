import { Field, ObjectType } from 'type-graphql';
import { In } from 'typeorm';
import { RequestContext } from '../../core/context';
import { ImportSummary, emptySummary } from '../../core/bulk/import-summary';
import { AppError } from '../../core/errors/app-errors';
import { runWrite, writtenRecord } from '../../core/writes/write-pipeline';
import { AdministrativeUnit } from '../geography';
import { assertKeyBound } from './lot-access';
import { ProductLot } from './product-lot.entity';
import { ImportProductLotsInput } from './product-lot.inputs';
import { insertLot } from './product-lot.service';

@ObjectType()
export class ImportProductLotsPayload {
  @Field(() => ImportSummary)
  summary: ImportSummary;

  @Field(() => [ProductLot], { description: 'The lots created (none on a dry run or when any row is refused).' })
  productLots: ProductLot[];
}

/** Rolls the import back while carrying its summary out of the transaction (dry run, or refused rows). */
class ImportRolledBack extends Error {
  constructor(readonly summary: ImportSummary) {
    super('import rolled back');
  }
}

/**
 * Creates lots by their sender's externalId, per commune, as the activity import does: all or nothing.
 * A row whose externalId is already a live lot of its commune is unchanged (a re-sent import writes
 * nothing twice); lots change through updateProductLot. Every row is checked and written in one
 * transaction (the engine computes each lot's intensity); on a dry run, or when any row is refused,
 * it is rolled back and the summary lists every refused row.
 */
export async function importProductLots(ctx: RequestContext, input: ImportProductLotsInput): Promise<ImportProductLotsPayload> {
  assertKeyBound(ctx);
  const codes = [...new Set(input.lots.map((l) => l.administrativeUnitCode.trim()))];
  const units = await ctx.dataSource.getRepository(AdministrativeUnit).findBy({ code: In(codes) });
  const unitByCode = new Map(units.map((u) => [u.code, u]));
  try {
    const result = await runWrite(ctx, {
      operation: 'importProductLots',
      entityType: 'ProductLot',
      unit: input.lots.flatMap((lot, i) => {
        const unit = unitByCode.get(lot.administrativeUnitCode.trim());
        return unit ? [{ id: unit.id, name: unit.name, field: `input.lots[${i}].administrativeUnitCode` }] : [];
      }),
      changed: (payload: ImportProductLotsPayload) => payload.productLots,
      write: async (manager) => {
        const summary = emptySummary(input.dryRun);
        const refuse = (rowIndex: number, field: string, code: string, message: string) => summary.conflicts.push({ rowIndex, field, code, message });
        const existing = await manager.getRepository(ProductLot).find({
          where: { administrativeUnitId: In(units.map((u) => u.id)), externalId: In(input.lots.map((l) => l.externalId?.trim() ?? '')) },
        });
        const live = new Set(existing.filter((l) => !l.deletedAt).map((l) => `${l.administrativeUnitId}/${l.externalId}`));
        const seen = new Set<string>();
        const created: ProductLot[] = [];
        for (const [i, row] of input.lots.entries()) {
          const unit = unitByCode.get(row.administrativeUnitCode.trim());
          if (!unit) {
            refuse(i, 'administrativeUnitCode', 'UNKNOWN_UNIT', `Unknown commune or ward ${row.administrativeUnitCode}`);
            continue;
          }
          const externalId = row.externalId?.trim();
          if (!externalId) {
            refuse(i, 'externalId', 'REQUIRED', 'An imported lot needs its externalId');
            continue;
          }
          const key = `${unit.id}/${externalId}`;
          if (seen.has(key)) {
            refuse(i, 'externalId', 'DUPLICATE_ROW', `externalId ${externalId} appears twice for ${unit.code}`);
            continue;
          }
          seen.add(key);
          if (live.has(key)) {
            summary.unchanged += 1;
            continue;
          }
          try {
            created.push(await insertLot(ctx, manager, unit, row, `input.lots[${i}]`, 'importProductLots'));
            summary.created += 1;
          } catch (error) {
            if (!(error instanceof AppError) || error.extensions.code !== 'BAD_USER_INPUT') throw error;
            const field = String(error.extensions.field ?? '').replace(`input.lots[${i}].`, '');
            refuse(i, field, String(error.extensions.reason ?? 'INVALID'), error.message);
          }
        }
        if (summary.conflicts.length > 0 || input.dryRun) throw new ImportRolledBack(summary);
        return { summary, productLots: created };
      },
    });
    return writtenRecord(result);
  } catch (error) {
    if (error instanceof ImportRolledBack) return { summary: error.summary, productLots: [] };
    throw error;
  }
}
