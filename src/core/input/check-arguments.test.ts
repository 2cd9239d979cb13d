import 'reflect-metadata';
import fc from 'fast-check';
import { GraphQLField, GraphQLSchema } from 'graphql';
import { Arg, Args, ArgsType, Field, Float, ID, InputType, Int, Query, Resolver, buildSchema } from 'type-graphql';
import { checkArguments, isCalendarDay, isStorableText } from './check-arguments';
import { ArgLimits, Limit, MAX_TEXT_LENGTH } from './input-limits';

const SEED = Number(process.env.FUZZ_SEED ?? 20_260_301);

@InputType()
class NoteInput {
  @Field()
  text: string;

  @Field(() => Float, { nullable: true })
  @Limit({ min: 0, max: 1000 })
  hectares?: number;

  @Field(() => String, { nullable: true })
  @Limit({ format: 'date' })
  onDay?: string;

  @Field(() => String, { nullable: true })
  taskCode?: string;
}

@InputType()
class BatchInput {
  @Field(() => [NoteInput])
  @Limit({ maxItems: 3 })
  notes: NoteInput[];

  @Field(() => Date, { nullable: true })
  at?: Date;
}

@ArgsType()
class Page {
  @Field(() => Int, { nullable: true })
  @Limit({ min: 0, max: 100 })
  first?: number;
}

@Resolver()
class TestResolver {
  @Query(() => Int)
  @ArgLimits({ year: { min: 1900, max: 2100 } })
  batch(
    @Arg('input', () => BatchInput) _input: BatchInput,
    @Arg('year', () => Int) _year: number,
    @Args() _page: Page,
    @Arg('id', () => ID, { nullable: true }) _id?: string,
  ): number {
    return 1;
  }
}

let field: GraphQLField<unknown, unknown>;

beforeAll(async () => {
  const schema: GraphQLSchema = await buildSchema({ resolvers: [TestResolver], validate: false });
  field = schema.getQueryType()!.getFields().batch;
});

const refusal = (args: Record<string, unknown>) => {
  try {
    checkArguments(field, { year: 2026, ...args });
    return null;
  } catch (error) {
    return (error as { extensions: Record<string, unknown> }).extensions;
  }
};
const note = (extra: Record<string, unknown> = {}) => ({ text: 'Đạt yêu cầu 👩‍🌾', ...extra });

describe('checkArguments', () => {
  it('accepts well-formed input', () => {
    expect(
      refusal({ input: { notes: [note({ hectares: 12.5, onDay: '2028-02-29', taskCode: 'IV.2' })], at: new Date('2026-05-01T00:00:00Z') }, first: 100 }),
    ).toBeNull();
  });

  it('refuses a NUL or a broken surrogate in any string, naming its path', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('\u0000', '\ud800', '\udfff', 'a\udc00'), fc.string(), fc.nat(2), (before, bad, after, index) => {
        const notes = [note(), note(), note()];
        notes[index] = note({ text: `${before}${bad}${after}`.slice(0, 500) });
        expect(refusal({ input: { notes } })).toMatchObject({ code: 'BAD_USER_INPUT', field: `input.notes[${index}].text`, reason: 'INVALID_CHARACTERS' });
      }),
      { seed: SEED },
    );
    expect(refusal({ input: { notes: [] }, id: 'VGFzazo\u0000' })).toMatchObject({ field: 'id', reason: 'INVALID_CHARACTERS' });
  });

  it('accepts every well-formed string within its cap', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(isStorableText(text)).toBe(!text.includes('\u0000'));
        if (!text.includes('\u0000')) expect(refusal({ input: { notes: [note({ text })] } })).toBeNull();
      }),
      { seed: SEED },
    );
  });

  it('caps strings: free text, identifiers by name, IDs', () => {
    expect(refusal({ input: { notes: [note({ text: 'x'.repeat(MAX_TEXT_LENGTH + 1) })] } })).toMatchObject({ reason: 'TOO_LONG', maxLength: MAX_TEXT_LENGTH });
    expect(refusal({ input: { notes: [note({ taskCode: 'x'.repeat(51) })] } })).toMatchObject({
      field: 'input.notes[0].taskCode',
      reason: 'TOO_LONG',
      maxLength: 50,
    });
    expect(refusal({ input: { notes: [] }, id: 'A'.repeat(129) })).toMatchObject({ field: 'id', reason: 'TOO_LONG' });
  });

  it('keeps numbers inside their declared range, for arguments and input fields', () => {
    expect(refusal({ input: { notes: [note({ hectares: 1e308 })] } })).toMatchObject({ field: 'input.notes[0].hectares', reason: 'TOO_LARGE', max: 1000 });
    expect(refusal({ input: { notes: [note({ hectares: -1 })] } })).toMatchObject({ reason: 'NEGATIVE' });
    expect(refusal({ input: { notes: [] }, year: 2 ** 31 - 1 })).toMatchObject({ field: 'year', reason: 'TOO_LARGE' });
    expect(refusal({ input: { notes: [] }, first: 101 })).toMatchObject({ field: 'first', reason: 'TOO_LARGE' });
  });

  it('refuses impossible days and instants outside 1900-2199', () => {
    expect(refusal({ input: { notes: [note({ onDay: '2026-02-30' })] } })).toMatchObject({ field: 'input.notes[0].onDay', reason: 'INVALID_DATE' });
    expect(refusal({ input: { notes: [note({ onDay: '0000-01-01' })] } })).toMatchObject({ reason: 'OUT_OF_RANGE' });
    expect(refusal({ input: { notes: [], at: new Date('0000-01-01T00:00:00Z') } })).toMatchObject({ field: 'input.at', reason: 'OUT_OF_RANGE' });
    expect(refusal({ input: { notes: [], at: new Date(8.64e15) } })).toMatchObject({ reason: 'OUT_OF_RANGE' });
  });

  it('caps lists', () => {
    expect(refusal({ input: { notes: [note(), note(), note(), note()] } })).toMatchObject({ field: 'input.notes', reason: 'TOO_MANY', maxItems: 3 });
  });

  it('tells real calendar days, leap years included', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        expect(isCalendarDay(date.toISOString().slice(0, 10))).toBe(true);
      }),
      { seed: SEED },
    );
    expect(['2026-02-29', '2100-02-29', '2026-04-31', '2026-13-01', '2026-1-1'].map(isCalendarDay)).toEqual([false, false, false, false, false]);
    expect(isCalendarDay('2000-02-29')).toBe(true);
  });
});
