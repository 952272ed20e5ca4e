export { addPeriod, type AddPeriodOptions, type OnRestDay, type PeriodEnd, type PeriodLength } from './add-period';
export { calendarFor, type JurisdictionCalendar, type RestDay } from './calendar';
export { CAVEATS, type Caveat } from './caveats';
export {
  computeCaseDeadlines,
  computeDeadline,
  todayIn,
  type CaseDates,
  type CaseDeadline,
  type DeadlineContext,
  type DeadlineInput,
  type DeadlineKind,
  type DeadlineStatus,
} from './case-deadlines';
export { addMonths, civilDateAt, daysBetween, type CivilDate } from './civil-date';
