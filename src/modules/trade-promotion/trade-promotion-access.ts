import { AccessRule } from '../../core/auth/access';
import { Role } from '../../core/auth/roles';
import { registerRule } from '../field-records';
import { ExportContract } from './export-contract.entity';
import { TradePromotionEvent } from './trade-promotion-event.entity';

/** Trade promotion is public administration: officials, verifiers, viewers and keys with trade:read read it. */
export const TRADE_READERS: AccessRule = {
  roles: [Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER, Role.COMMUNE_OFFICER, Role.VERIFIER, Role.VIEWER],
  scopes: ['trade:read'],
};

/**
 * Who may try: province officers, and agency officers whom the register writes then narrow to the
 * lead agencies of VI.3 (the Department of Industry and Trade in the seeded plan).
 */
export const TRADE_WRITERS: AccessRule = { roles: [Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER] };

/** The plan task these registers record. */
export const TRADE_TASK = 'VI.3';

export const TRADE_PROMOTION_EVENTS = registerRule('TradePromotionEvent', TradePromotionEvent, TRADE_READERS);
export const EXPORT_CONTRACTS = registerRule('ExportContract', ExportContract, TRADE_READERS);
