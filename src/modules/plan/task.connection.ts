import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../../core/relay/connection';
import { Task } from './task.entity';

@ObjectType({ description: 'A page of tasks.' })
export class TaskConnection extends ConnectionType(Task, 'Task') {}
