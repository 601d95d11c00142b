/**
 * Pure time maths for time tracking. Nothing here reads the clock, storage or the browser: the current instant
 * comes in as `nowMs`, the zone as an IANA name (see `resolveTimeZone`). Instants are epoch milliseconds in
 * arguments and canonical UTC ISO strings in entries; days are `'YYYY-MM-DD'`, months `'YYYY-MM'`; ranges are
 * half-open `Interval`s `{ startMs, endMs }`.
 *
 * calendar.ts — zone-free day keys
 *   parseDayKey(day) → { year, month, date }        parseMonthKey(month) → { year, month }
 *   toDayKey(year, month, date) → day               addDays(day, n) → day
 *   weekdayOf(day) → 0–6 (0 = Sunday)               eachDay(fromDay, toDay) → day[]
 *   monthDays(month) → { firstDay, lastDay }
 * zone.ts — instants ↔ local days (DST days are 23 or 25 hours)
 *   isValidTimeZone(name) → boolean                 resolveTimeZone(setting) → zone ('' or unknown → browser's)
 *   dayKey(instantMs, zone) → day                   monthKey(instantMs, zone) → month
 *   dayStartMs(day, zone) → ms                      dayRange(day, zone) → Interval
 *   daysRange(fromDay, toDay, zone) → Interval      monthRange(month, zone) → Interval
 *   weekRange(instantMs, zone, weekStartsOn = 0) → Interval
 *   wallClockToMs(day, hours, minutes, zone) → ms   (skipped times move past the gap; repeated ones: first)
 * instant.ts — instantMs(iso) → ms (NaN if invalid); toInstant(ms) → canonical ISO
 * split.ts — totals (deleted entries ignored; running entries count up to nowMs)
 *   splitByDay(interval, zone) → DayTotal[]         ({ day, ms } for each day touched, cut at local midnights)
 *   totalsByDay(entries, { timeZone, nowMs, range? }) → DayTotal[]   (every day of the range, zeros included)
 *   totalsByClient(entries, range, nowMs) → Record<clientId, ms>
 *   totalsByClientInRanges(entries, ranges, nowMs) → Record<clientId, ms>[]   (one read of each entry)
 * working-days.ts — contracts and working days
 *   isWorkingDay(day, workingDays) → boolean        workingDaysInRange(fromDay, toDay, workingDays) → number
 *   contractInForce(contracts, day) → contract | null
 *   monthTargets(contracts, month, todayKey) → MonthTargets | null
 * rounding.ts — roundDuration(ms, { minutes: 0|1|6|15|30, mode: 'up'|'nearest' }) → ms   (reports only)
 * validate-entry.ts — validateEntry(candidate, otherEntriesOfSameUser, nowMs) → EntryProblem | null
 * format.ts — formatElapsed(ms) → 'h:mm'; formatHours(ms, locale) → decimal hours in the locale's digits
 * reminder.ts
 *   clientsUnderDailyMinimum({ contracts, entries, timeZone, nowMs }) → { clientId, trackedMs, minimumMs }[]
 *     ("today" is the local day of nowMs; none on a day off or without a contract in force)
 *   nextReminderAt('HH:MM', zone, nowMs) → ms   (today's if still ahead, else tomorrow's; DST-correct)
 * timer.ts — one running timer, timestamps only (semantics at the top of the file)
 *   startTimer(clientId, platform, atMs, newId) → RunningTimer       elapsedMs(state, nowMs) → ms
 *   stopTimer(state, atMs) → { entryId, end } | { entryId, discard: true } | null
 *   switchTimer(state, newClientId, atMs, newId, platform) → { stopped, next }
 *   resolveIdle(state, { idleSinceMs, returnedAtMs }, 'keep' | 'discard' | 'discardAndStop')
 *     → { closeEntryAt?, discardEntry?, newEntryStartAt?, stop }
 */
export * from './calendar';
export * from './zone';
export * from './instant';
export * from './split';
export * from './working-days';
export * from './rounding';
export * from './validate-entry';
export * from './format';
export * from './reminder';
export * from './timer';
export * from './wall-clock';
