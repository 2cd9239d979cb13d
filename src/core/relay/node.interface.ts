import { Field, ID, InterfaceType } from 'type-graphql';
import { toGlobalId } from './global-id';

/** An object with an opaque global ID, fetchable with `node(id:)`. */
@InterfaceType('Node', {
  description: 'An object with an opaque, globally unique ID.',
  resolveType: (value: object) => value.constructor.name,
})
export abstract class Node {
  @Field(() => ID, { name: 'id', description: 'Opaque global ID; pass it to `node(id:)`.' })
  get nodeId(): string {
    return toGlobalId(this.constructor.name, this.id);
  }

  /** The database primary key (a UUID); never exposed directly. */
  abstract id: string;
}
