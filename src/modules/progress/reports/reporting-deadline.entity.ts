import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** When reports for a period are due, as the province sets it; otherwise the default rule applies. */
@ObjectType({ description: 'The due date of progress reports for one period.' })
@Entity()
export class ReportingDeadline {
  @Field(() => Int)
  @PrimaryColumn({ type: 'int' })
  year: number;

  @Field(() => Int, { description: '0 for the annual report, 1-4 for quarters.' })
  @PrimaryColumn({ type: 'int' })
  quarter: number;

  @Field({ description: 'Last day (YYYY-MM-DD, Asia/Ho_Chi_Minh) on which a report is on time.' })
  @Column({ type: 'date' })
  dueOn: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** Default: annual reports by 15 January of the next year; quarterly ones 15 days after the quarter. */
export function defaultDueOn(year: number, quarter: number): string {
  if (quarter === 0) return `${year + 1}-01-15`;
  const due = new Date(Date.UTC(year, quarter * 3, 15)); // month index quarter*3 is the month after the quarter
  return due.toISOString().slice(0, 10);
}

/** The end of the due day in Vietnam (UTC+7): later than this is late. */
export const dueInstant = (dueOn: string): Date => new Date(`${dueOn}T23:59:59.999+07:00`);
