/**
 * "What the law says now" for 50 states and DC: the project's checked status, one source of truth
 * for the popover, the side panel, the map and search. Covered states (with FAQ documents) have a
 * file each; the others are grouped by whether they issue licences regardless of status.
 */
import type { CourtsStatus, StateStatus } from '@/data/checked-types';
import { CALIFORNIA_STATUS } from './california';
import { LICENCE_STATES_STATUS } from './licence-states';
import { MAINE_STATUS } from './maine';
import { MINNESOTA_STATUS } from './minnesota';
import { NEW_MEXICO_STATUS } from './new-mexico';
import { NEW_MEXICO_COURTS } from './new-mexico-courts';
import { OTHER_STATES_STATUS } from './other-states';

export const STATE_STATUSES: readonly StateStatus[] = [
  CALIFORNIA_STATUS,
  MAINE_STATUS,
  MINNESOTA_STATUS,
  NEW_MEXICO_STATUS,
  ...LICENCE_STATES_STATUS,
  ...OTHER_STATES_STATUS,
].sort((a, b) => a.code.localeCompare(b.code));

export const COURTS_STATUSES: readonly CourtsStatus[] = [NEW_MEXICO_COURTS];

const byCode = new Map(STATE_STATUSES.map((s) => [s.code, s]));
const courtsByCode = new Map(COURTS_STATUSES.map((s) => [s.code, s]));

export function statusFor(code: string): StateStatus | undefined {
  return byCode.get(code);
}

export function courtsStatusFor(code: string): CourtsStatus | undefined {
  return courtsByCode.get(code);
}
