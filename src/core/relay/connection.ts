import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from './page-info';

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** What a service returns for a page; `totalCount` runs its query only when a client asks for it. */
export interface ConnectionResult<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: () => Promise<number>;
}

/**
 * Builds `<Name>Edge` and an abstract connection class; declare the concrete type with
 * `@ObjectType() class TaskConnection extends ConnectionType(Task, 'Task') {}`.
 */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType implements Edge<T> {
    @Field({ description: 'Opaque cursor; pass it as `after` to get the next page.' })
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  @ObjectType()
  abstract class Connection {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { name: 'totalCount', description: 'Number of items matching the filter, over all pages.' })
    countAll(): Promise<number> {
      return this.totalCount();
    }

    totalCount: () => Promise<number>;
  }

  return Connection;
}
