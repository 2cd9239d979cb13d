import { EVENT_NAMES, RECORD_TYPES, STATUS_EVENTS, eventsOf } from './webhook-events';

describe('webhook events of a written record', () => {
  it('tells created, updated and deleted from the version, the tombstone and the mutation', () => {
    expect(eventsOf('createPilotModel', 'PilotModel', { version: 1, deletedAt: null })).toEqual(['record.created']);
    expect(eventsOf('updatePilotModel', 'PilotModel', { version: 4, deletedAt: null })).toEqual(['record.updated']);
    expect(eventsOf('deletePilotModel', 'PilotModel', { version: 5, deletedAt: new Date() })).toEqual(['record.deleted']);
    // Deleted for good: the write answers with the line as it was.
    expect(eventsOf('deleteBudgetLine', 'BudgetLine', { version: 2 })).toEqual(['record.deleted']);
  });

  it('raises status events by mutation, and only those for inventories (their version counts calculations)', () => {
    expect(eventsOf('verifyEmissionInventory', 'EmissionInventory', { version: 1 })).toEqual(['inventory.verified']);
    expect(eventsOf('submitEmissionInventory', 'EmissionInventory', { version: 1 })).toEqual([]);
    expect(eventsOf('returnProgressReport', 'ProgressReport', { version: 3 })).toEqual(['record.updated', 'progress_report.returned']);
  });

  it('publishes nothing for other types (users, keys, subscriptions) or records without a version', () => {
    expect(eventsOf('createUser', 'User', { version: 1 })).toEqual([]);
    expect(eventsOf('createWebhookSubscription', 'WebhookSubscription', { version: 1 })).toEqual([]);
    expect(eventsOf('updatePilotModel', 'PilotModel', {})).toEqual([]);
  });

  it('lists every event it can raise, and every status event is of a type with a resource', () => {
    for (const event of [...Object.values(STATUS_EVENTS), 'record.created', 'record.updated', 'record.deleted']) expect(EVENT_NAMES.has(event)).toBe(true);
    expect(Object.keys(RECORD_TYPES)).toEqual(expect.arrayContaining(['EmissionInventory', 'ProgressReport']));
  });
});
