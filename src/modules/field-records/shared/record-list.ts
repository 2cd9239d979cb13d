// The synced-list machinery moved to core (registers of other modules list the same way); kept here for the field records' imports.
export * from '../../../core/relay/synced-list';
