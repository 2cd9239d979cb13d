import { registerEnumType } from 'type-graphql';

export enum InspectionSubjectKind {
  TASK = 'TASK',
  PILOT = 'PILOT',
  COMMUNE = 'COMMUNE',
}

export enum FollowUpStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

registerEnumType(InspectionSubjectKind, {
  name: 'InspectionSubjectKind',
  valuesConfig: {
    TASK: { description: 'The carrying out of a plan task' },
    PILOT: { description: 'A pilot model (tasks IV.1, IV.2)' },
    COMMUNE: { description: 'A commune or ward' },
  },
});

registerEnumType(FollowUpStatus, {
  name: 'FollowUpStatus',
  valuesConfig: {
    OPEN: { description: 'Chưa thực hiện / still to do; overdue once its due date has passed' },
    DONE: { description: 'Đã thực hiện / done' },
    CANCELLED: { description: 'Hủy / no longer needed' },
  },
});
